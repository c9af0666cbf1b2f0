#include "app/bridge/move_builder.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "app/bridge/framing_text.h"
#include "core/analysis/feasibility_report.h"
#include "core/edit/rig_edits.h"
#include "core/edit/scene_edits.h"
#include "core/moves/move_text.h"
#include "core/moves/project_move_spec.h"
#include "core/optics/shot_size.h"
#include "core/scene/display_units.h"

namespace murnau {

namespace {

// Longest move the dialog accepts, seconds (a timecode day, as a shot's duration).
constexpr double kMaxSeconds = 86400.0;

// Core's catalog text for QML.
QString qtText(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString kindName(MoveValueKind kind)
{
    switch (kind) {
    case MoveValueKind::Framing: return QStringLiteral("framing");
    case MoveValueKind::Length: return QStringLiteral("length");
    case MoveValueKind::FocalMm: return QStringLiteral("focal");
    case MoveValueKind::Speed: return QStringLiteral("speed");
    case MoveValueKind::Seconds: return QStringLiteral("seconds");
    case MoveValueKind::Degrees: return QStringLiteral("degrees");
    case MoveValueKind::HeadAxis: return QStringLiteral("axis");
    }
    return {};
}

QString axisName(HeadAxis axis)
{
    switch (axis) {
    case HeadAxis::Pan: return QStringLiteral("pan");
    case HeadAxis::Tilt: return QStringLiteral("tilt");
    case HeadAxis::Roll: return QStringLiteral("roll");
    }
    return {};
}

// A plain number for a text field ("1.4", "90"), to six significant digits.
QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// A number typed with or without its unit ("35", "35 mm", "1.4 m/s", "90°"); an error naming
// `field` unless it is finite.
Result<double> parseNumber(const QString& text, const QStringList& units, const std::string& field,
                           std::string_view expected)
{
    QString bare = text.trimmed();
    for (const QString& unit : units) {
        if (bare.endsWith(unit, Qt::CaseInsensitive)) {
            bare.chop(unit.size());
            bare = bare.trimmed();
            break;
        }
    }
    bool ok = false;
    const double value = bare.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return fail(field, fmt::format("must be {}, got \"{}\"", expected, text.toStdString()));
    return value;
}

// A core error's field as the form names it: the parameters' own names, "duration", "ramp",
// "subject"; empty for one no field of the form explains.
QString formField(const std::string& coreField)
{
    const QString field = QString::fromStdString(coreField);
    for (const MoveParameterInfo& info : moveParameterInfos()) {
        if (field == qtText(info.field))
            return field;
    }
    if (field == QStringLiteral("durationFlicks") || field == QStringLiteral("duration"))
        return QStringLiteral("duration");
    if (field == QStringLiteral("timing.rampFlicks") || field == QStringLiteral("ramp"))
        return QStringLiteral("ramp");
    if (field == QStringLiteral("subject") || field.startsWith(QStringLiteral("subject.")))
        return QStringLiteral("subject");
    return {};
}

} // namespace

MoveBuilder::MoveBuilder(QObject* parent) : QObject(parent) {}

void MoveBuilder::setDocument(ProjectDocument* document)
{
    if (document == m_document)
        return;
    if (m_document) {
        disconnect(m_document, nullptr, this, nullptr);
        disconnect(m_document->player(), nullptr, this, nullptr);
    }
    m_document = document;
    if (m_document) {
        connect(m_document, &ProjectDocument::revisionChanged, this, &MoveBuilder::refresh);
        connect(m_document, &ProjectDocument::documentChanged, this, &MoveBuilder::reset);
        connect(m_document->player(), &ShotPlayer::shotChanged, this, &MoveBuilder::reset);
    }
    emit documentChanged();
    reset();
}

QVariantList MoveBuilder::moves() const
{
    QVariantList list;
    for (const MoveInfo& info : moveCatalog())
        list.append(QVariantMap{{QStringLiteral("key"), qtText(info.key)},
                                {QStringLiteral("title"), qtText(info.title)},
                                {QStringLiteral("summary"), qtText(info.summary)}});
    return list;
}

QString MoveBuilder::moveKey() const
{
    return qtText(moveInfo(m_kind).key);
}

void MoveBuilder::setMoveKey(const QString& key)
{
    const MoveInfo* info = findMove(key.toStdString());
    if (info == nullptr || info->kind == m_kind)
        return;
    m_kind = info->kind;
    refresh();
}

QHash<QString, QString> MoveBuilder::defaultTexts(MoveKind kind) const
{
    const DisplayUnits units = m_document ? m_document->project().displayUnits : DisplayUnits::Metric;
    const MoveParameters d = defaultMoveParameters(kind);
    QHash<QString, QString> texts;
    const auto framing = [&](const std::optional<SubjectFraming>& value) {
        return value ? framingText(*value, units) : QString();
    };
    const auto length = [&](const std::optional<double>& metres) {
        return metres ? QString::fromStdString(formatLength(*metres, units)) : QString();
    };
    const auto plain = [](const std::optional<double>& value) { return value ? number(*value) : QString(); };
    texts[QStringLiteral("from")] = framing(d.from);
    texts[QStringLiteral("to")] = framing(d.to);
    texts[QStringLiteral("focalLengthMm")] = plain(d.focalLengthMm);
    texts[QStringLiteral("toFocalLengthMm")] = plain(d.toFocalLengthMm);
    texts[QStringLiteral("walkingSpeedMps")] = plain(d.walkingSpeedMps);
    texts[QStringLiteral("runUpFlicks")] =
        d.runUpFlicks ? number(static_cast<double>(*d.runUpFlicks) / static_cast<double>(kFlicksPerSecond)) : QString();
    texts[QStringLiteral("sweepDeg")] = plain(d.sweepDeg);
    texts[QStringLiteral("riseM")] = length(d.riseM);
    texts[QStringLiteral("truckM")] = length(d.truckM);
    texts[QStringLiteral("tiltDeg")] = plain(d.tiltDeg);
    texts[QStringLiteral("angleDeg")] = plain(d.angleDeg);
    texts[QStringLiteral("axis")] = d.axis ? axisName(*d.axis) : QString();
    return texts;
}

QHash<QString, QString>& MoveBuilder::texts()
{
    const int key = static_cast<int>(m_kind);
    if (!m_texts.contains(key))
        m_texts.insert(key, defaultTexts(m_kind));
    return m_texts[key];
}

const QHash<QString, QString>* MoveBuilder::textsOf(MoveKind kind) const
{
    const auto found = m_texts.constFind(static_cast<int>(kind));
    return found == m_texts.constEnd() ? nullptr : &*found;
}

QVariantList MoveBuilder::parameters() const
{
    const MoveInfo& info = moveInfo(m_kind);
    const QHash<QString, QString>* typed = textsOf(m_kind);
    const QHash<QString, QString> defaults = typed ? QHash<QString, QString>() : defaultTexts(m_kind);
    const QHash<QString, QString>& texts = typed ? *typed : defaults;
    QVariantList list;
    for (const MoveParameterUse& use : info.parameters) {
        const MoveParameterInfo& parameter = moveParameterInfo(use.parameter);
        const QString field = qtText(parameter.field);
        QString placeholder;
        if (use.parameter == MoveParameter::FocalLength && m_document) {
            if (const Result<MoveSpec> spec = moveSpecForShot(m_document->project(), shownShotId(), m_subject.toStdString()))
                placeholder = tr("camera's: %1").arg(QString::fromStdString(formatMillimetres(spec->camera.focalLengthMm)));
        } else if (use.optional) {
            placeholder = tr("optional");
        }
        list.append(QVariantMap{
            {QStringLiteral("field"), field},
            {QStringLiteral("label"), qtText(use.label)},
            {QStringLiteral("kind"), kindName(parameter.kind)},
            {QStringLiteral("optional"), use.optional},
            {QStringLiteral("note"), qtText(use.note)},
            {QStringLiteral("text"), texts.value(field)},
            {QStringLiteral("placeholder"), placeholder},
            {QStringLiteral("error"), m_fieldErrors.value(field).toString()},
        });
    }
    return list;
}

void MoveBuilder::setParameter(const QString& field, const QString& text)
{
    QHash<QString, QString>& typed = texts();
    if (typed.value(field) == text)
        return;
    typed[field] = text;
    refresh();
}

QStringList MoveBuilder::subjects() const
{
    QStringList names;
    if (m_document) {
        for (const Actor& actor : m_document->project().actors)
            names.append(QString::fromStdString(actor.name));
    }
    return names;
}

void MoveBuilder::setSubject(const QString& subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    refresh();
}

std::string MoveBuilder::shownShotId() const
{
    return m_document ? m_document->player()->shotId().toStdString() : std::string();
}

QString MoveBuilder::shotLabel() const
{
    return m_document ? m_document->player()->shotLabel() : QString();
}

QString MoveBuilder::cameraLabel() const
{
    if (!m_document)
        return {};
    const Result<MoveSpec> spec = moveSpecForShot(m_document->project(), shownShotId(), m_subject.toStdString());
    if (!spec)
        return {};
    return QStringLiteral("%1: %2, %3")
        .arg(QString::fromStdString(spec->camera.name), QString::fromStdString(spec->camera.sensor.name),
             QString::fromStdString(formatMillimetres(spec->camera.focalLengthMm)));
}

QString MoveBuilder::frameRateLabel() const
{
    return m_document ? m_document->player()->frameRateLabel() : QString();
}

void MoveBuilder::setDurationText(const QString& text)
{
    if (text == m_durationText)
        return;
    m_durationText = text;
    refresh();
}

void MoveBuilder::setTiming(const QString& timing)
{
    if (timing == m_timing
        || !QStringList{QStringLiteral("eased"), QStringLiteral("constant"), QStringLiteral("ramped")}.contains(timing))
        return;
    m_timing = timing;
    refresh();
}

void MoveBuilder::setRampText(const QString& text)
{
    if (text == m_rampText)
        return;
    m_rampText = text;
    refresh();
}

bool MoveBuilder::usesTiming() const
{
    return moveInfo(m_kind).usesTiming;
}

void MoveBuilder::setTarget(const QString& target)
{
    if (target == m_target || (target != QStringLiteral("shot") && target != QStringLiteral("newShot")))
        return;
    m_target = target;
    refresh();
}

bool MoveBuilder::makesTwoShots() const
{
    return !moveInfo(m_kind).secondShotName.empty();
}

void MoveBuilder::reset()
{
    m_texts.clear();
    m_subject.clear();
    m_durationText.clear();
    if (m_document) {
        const Project& project = m_document->project();
        const std::string shotId = shownShotId();
        for (const Scene& scene : project.scenes) {
            for (const Shot& shot : scene.shots) {
                if (shot.id != shotId)
                    continue;
                // The actor the shot aims at or focuses on, else its first cast member.
                if (!shot.rig.aimActor.empty())
                    m_subject = QString::fromStdString(shot.rig.aimActor);
                else if (!shot.rig.focusActor.empty())
                    m_subject = QString::fromStdString(shot.rig.focusActor);
                else if (!shot.cast.empty())
                    m_subject = QString::fromStdString(shot.cast.front());
                m_durationText =
                    number(static_cast<double>(shot.durationFlicks) / static_cast<double>(kFlicksPerSecond));
            }
        }
        if (m_subject.isEmpty() && !project.actors.empty())
            m_subject = QString::fromStdString(project.actors.front().name);
    }
    refresh();
}

Result<MoveParameters> MoveBuilder::readParameters() const
{
    const DisplayUnits units = m_document ? m_document->project().displayUnits : DisplayUnits::Metric;
    const MoveInfo& info = moveInfo(m_kind);
    const QHash<QString, QString>* typed = textsOf(m_kind);
    const QHash<QString, QString> texts = typed ? *typed : defaultTexts(m_kind);
    MoveParameters p;
    for (const MoveParameterUse& use : info.parameters) {
        const MoveParameterInfo& parameter = moveParameterInfo(use.parameter);
        const std::string field(parameter.field);
        const QString text = texts.value(QString::fromStdString(field)).trimmed();
        if (text.isEmpty()) {
            if (use.optional)
                continue;
            return fail(field, "is needed for this move");
        }
        switch (parameter.kind) {
        case MoveValueKind::Framing: {
            Result<SubjectFraming> framing = parseFramingText(text, units, field);
            if (!framing)
                return framing.error();
            (use.parameter == MoveParameter::From ? p.from : p.to) = *framing;
            break;
        }
        case MoveValueKind::Length: {
            const Result<double> metres = parseLength(text.toStdString(), units, field);
            if (!metres)
                return metres.error();
            (use.parameter == MoveParameter::Rise ? p.riseM : p.truckM) = *metres;
            break;
        }
        case MoveValueKind::FocalMm: {
            const Result<double> mm = parseNumber(text, {QStringLiteral("mm")}, field, "a focal length in millimetres");
            if (!mm)
                return mm.error();
            (use.parameter == MoveParameter::FocalLength ? p.focalLengthMm : p.toFocalLengthMm) = *mm;
            break;
        }
        case MoveValueKind::Speed: {
            const Result<double> speed = parseNumber(text, {QStringLiteral("m/s")}, field, "a speed in metres per second");
            if (!speed)
                return speed.error();
            p.walkingSpeedMps = *speed;
            break;
        }
        case MoveValueKind::Seconds: {
            const Result<double> seconds = parseNumber(text, {QStringLiteral("s")}, field, "a number of seconds");
            if (!seconds)
                return seconds.error();
            if (std::abs(*seconds) > kMaxSeconds)
                return fail(field, fmt::format("must be at most {:g} s (24 h)", kMaxSeconds));
            p.runUpFlicks = std::llround(*seconds * static_cast<double>(kFlicksPerSecond));
            break;
        }
        case MoveValueKind::Degrees: {
            const Result<double> degrees =
                parseNumber(text, {QStringLiteral("°"), QStringLiteral("deg")}, field, "an angle in degrees");
            if (!degrees)
                return degrees.error();
            (use.parameter == MoveParameter::Sweep ? p.sweepDeg
             : use.parameter == MoveParameter::Tilt ? p.tiltDeg
                                                     : p.angleDeg) = *degrees;
            break;
        }
        case MoveValueKind::HeadAxis: {
            const QString axis = text.toLower();
            if (axis == QStringLiteral("pan"))
                p.axis = HeadAxis::Pan;
            else if (axis == QStringLiteral("tilt"))
                p.axis = HeadAxis::Tilt;
            else if (axis == QStringLiteral("roll"))
                p.axis = HeadAxis::Roll;
            else
                return fail(field, fmt::format("must be pan, tilt or roll, got \"{}\"", text.toStdString()));
            break;
        }
        }
    }
    return p;
}

Result<MoveBuilder::Plan> MoveBuilder::buildPlan() const
{
    if (!m_document)
        return fail("", "no project is open");
    const Project& project = m_document->project();
    const std::string shotId = shownShotId();
    if (shotId.empty())
        return fail("", "show a shot first: the move goes into it or after it");
    Result<MoveSpec> read = moveSpecForShot(project, shotId, m_subject.toStdString());
    if (!read)
        return read.error();
    MoveSpec spec = std::move(read).value();

    const Result<double> seconds = parseNumber(m_durationText, {QStringLiteral("s")}, "duration", "a number of seconds");
    if (!seconds)
        return seconds.error();
    if (!(*seconds > 0.0) || *seconds > kMaxSeconds)
        return fail("duration", fmt::format("must be more than 0 and at most {:g} s (24 h)", kMaxSeconds));
    spec.durationFlicks = std::llround(*seconds * static_cast<double>(kFlicksPerSecond));
    if (moveInfo(m_kind).usesTiming) {
        spec.timing.profile = m_timing == QStringLiteral("constant") ? MoveProfile::ConstantSpeed
                              : m_timing == QStringLiteral("ramped") ? MoveProfile::Ramped
                                                                      : MoveProfile::Eased;
        if (spec.timing.profile == MoveProfile::Ramped) {
            const Result<double> ramp = parseNumber(m_rampText, {QStringLiteral("s")}, "ramp", "a number of seconds");
            if (!ramp)
                return ramp.error();
            if (!(*ramp > 0.0) || *ramp > kMaxSeconds)
                return fail("ramp", "must be a positive number of seconds");
            spec.timing.rampFlicks = std::llround(*ramp * static_cast<double>(kFlicksPerSecond));
        }
    }

    const Result<MoveParameters> parameters = readParameters();
    if (!parameters)
        return parameters.error();
    Result<std::vector<MoveResult>> generated = generateMove(m_kind, spec, *parameters);
    if (!generated)
        return generated.error();

    Plan plan;
    plan.results = std::move(generated).value();
    const MoveInfo& info = moveInfo(m_kind);
    if (plan.results.size() == 1 && m_target == QStringLiteral("shot")) {
        Result<Edit> edit = applyMove(project, shotId, plan.results.front());
        if (!edit)
            return edit.error();
        plan.edit = std::move(edit).value();
        plan.shotIds = {shotId};
        return plan;
    }

    // New shots after the shown one, built on a copy so the second edit sees the first.
    const Result<ShotPlace> place = findShot(project, shotId);
    if (!place)
        return place.error();
    const Shot& shown = project.scenes[place->sceneIndex].shots[place->shotIndex];
    Project work = project;
    std::vector<std::string> numbers;
    for (std::size_t i = 0; i < plan.results.size(); ++i) {
        Shot shot;
        shot.id = newShotIds(work).front();
        shot.number = freeShotNumber(work.scenes[place->sceneIndex], shown.number);
        shot.name = std::string(i == 0 ? info.shotName : info.secondShotName);
        shot.setup = shown.setup;
        shot.camera = shown.camera;
        shot.frameRate = shown.frameRate;
        shot.actionStart = shown.actionStart;
        const Result<Edit> added = addShot(work, place->sceneIndex, place->shotIndex + 1 + i, shot);
        if (!added)
            return added.error();
        if (const Result<bool> applied = applyEdit(work, *added); !applied)
            return applied.error();
        const Result<Edit> moved = applyMove(work, shot.id, plan.results[i]);
        if (!moved)
            return moved.error();
        if (const Result<bool> applied = applyEdit(work, *moved); !applied)
            return applied.error();
        plan.edit.changes.insert(plan.edit.changes.end(), added->changes.begin(), added->changes.end());
        plan.edit.changes.insert(plan.edit.changes.end(), moved->changes.begin(), moved->changes.end());
        plan.shotIds.push_back(shot.id);
        numbers.push_back(shot.number);
    }
    plan.edit.name = numbers.size() == 1
                         ? fmt::format("Add shot {}: {}", numbers[0], plan.results[0].description)
                         : fmt::format("Add shots {} and {}: {}", numbers[0], numbers[1], info.title);
    return plan;
}

void MoveBuilder::refresh()
{
    m_description.clear();
    m_errorText.clear();
    m_fieldErrors.clear();
    const Result<Plan> plan = buildPlan();
    if (!plan) {
        const QString field = formField(plan.error().field);
        m_errorText = QString::fromStdString(plan.error().describe());
        if (!field.isEmpty())
            m_fieldErrors.insert(field, QString::fromStdString(plan.error().message));
    } else {
        // Core's figures on the project as the edit leaves it: the track to lay and the peak dolly speed.
        Project after = m_document->project();
        const bool applied = applyEdit(after, plan->edit).ok();
        QStringList lines;
        for (std::size_t i = 0; i < plan->results.size(); ++i) {
            const MoveResult& result = plan->results[i];
            std::string line = result.description;
            const MoveSummary& summary = result.summary;
            line += summary.trackLengthM > 0.0 ? fmt::format(": {} of track", formatMetres(summary.trackLengthM))
                                               : std::string(": no track");
            if (summary.lensRiseM != 0.0)
                line += fmt::format(", lens rises {}", formatMetres(summary.lensRiseM));
            const Result<ShotPlace> place = applied ? findShot(after, plan->shotIds[i]) : Result<ShotPlace>(Error{});
            if (place) {
                const Scene& scene = after.scenes[place->sceneIndex];
                const Result<FeasibilityReport> report =
                    buildFeasibilityReport(after, scene, scene.shots[place->shotIndex]);
                if (report) {
                    const double peak = report->peak(MotionChannel::DollySpeed).peak;
                    if (peak > 0.0)
                        line += fmt::format(", peak {}", formatSpeed(peak));
                    if (!report->warnings.empty())
                        line += fmt::format(", {} warning{}", report->warnings.size(),
                                            report->warnings.size() == 1 ? "" : "s");
                }
            }
            lines.append(QString::fromStdString(line));
        }
        m_description = lines.join(QLatin1Char('\n'));
    }
    emit formChanged();
}

bool MoveBuilder::apply()
{
    const Result<Plan> plan = buildPlan();
    if (!plan) {
        refresh();
        return false;
    }
    if (!m_document->perform(Result<Edit>(plan->edit)))
        return false;
    m_document->player()->selectShot(QString::fromStdString(plan->shotIds.front()));
    m_document->player()->setFrame(0);
    return true;
}

} // namespace murnau
