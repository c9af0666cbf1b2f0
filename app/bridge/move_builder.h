#pragma once
// The New Move dialog's model: every move of core's catalog (core/moves/move_catalog.h) with
// its parameters as text fields, the subject (an actor of the project), the shown shot's
// camera, frame rate and duration, the timing, a live description of what will be made (core's
// MoveResult and its feasibility report), core's errors per field, and apply(): the move
// written as ordinary keys into the shown shot, or as a new shot after it (two for the matched
// track-versus-zoom pair), as ONE undo step through ProjectDocument::perform(). The player then
// shows the (first) new or changed shot.

#include <optional>
#include <vector>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "app/bridge/project_document.h"
#include "core/edit/edit.h"
#include "core/moves/move_catalog.h"
#include "core/moves/move_result.h"
#include "core/util/result.h"

namespace murnau {

class MoveBuilder : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(murnau::ProjectDocument* document READ document WRITE setDocument NOTIFY documentChanged)
    // Every move: [{key ("trackout"), title ("Track in / out"), summary}], in the catalog's order.
    Q_PROPERTY(QVariantList moves READ moves CONSTANT)
    // The chosen move's key; setting an unknown key is ignored.
    Q_PROPERTY(QString moveKey READ moveKey WRITE setMoveKey NOTIFY formChanged)
    // The chosen move's parameters: [{field ("from"), label, kind ("framing", "length", "focal",
    // "speed", "seconds", "degrees", "axis"), optional, note, text (as typed), placeholder (what
    // an empty optional field means), error (core's message for this field, else "")}].
    Q_PROPERTY(QVariantList parameters READ parameters NOTIFY formChanged)
    // The actors the move may frame (the project's), and the one chosen.
    Q_PROPERTY(QStringList subjects READ subjects NOTIFY formChanged)
    Q_PROPERTY(QString subject READ subject WRITE setSubject NOTIFY formChanged)
    // The shot the move goes into or after: "1/1  Anna walks the aisle"; empty without a shot.
    Q_PROPERTY(QString shotLabel READ shotLabel NOTIFY formChanged)
    // The camera it is planned with (the shot's): "A: Super 35 (4-perf full aperture), 32 mm".
    Q_PROPERTY(QString cameraLabel READ cameraLabel NOTIFY formChanged)
    // The shot's frame rate ("24").
    Q_PROPERTY(QString frameRateLabel READ frameRateLabel NOTIFY formChanged)
    // The move's length in seconds as typed ("6"); starts at the shot's.
    Q_PROPERTY(QString durationText READ durationText WRITE setDurationText NOTIFY formChanged)
    // "eased", "constant" or "ramped" (move_timing.h), and the ramp's seconds as typed.
    Q_PROPERTY(QString timing READ timing WRITE setTiming NOTIFY formChanged)
    Q_PROPERTY(QString rampText READ rampText WRITE setRampText NOTIFY formChanged)
    // Whether the chosen move uses the timing (a leading shot and a static shot do not).
    Q_PROPERTY(bool usesTiming READ usesTiming NOTIFY formChanged)
    // Where the move goes: "shot" (replaces the shown shot's motion) or "newShot" (after it).
    // The matched pair always makes two new shots.
    Q_PROPERTY(QString target READ target WRITE setTarget NOTIFY formChanged)
    Q_PROPERTY(bool makesTwoShots READ makesTwoShots NOTIFY formChanged)
    // What apply() will make, in core's words ("Track out from CU to WS of Anna, 35 mm, 6 s: 9.0 m
    // of track, peak 2.3 m/s"), one line per shot; empty while an input is refused.
    Q_PROPERTY(QString description READ description NOTIFY formChanged)
    // Core's refusal of the inputs ("from: ..."), else empty; fieldErrors maps a field to its message
    // ("from", "durationFlicks" -> "duration", "timing.rampFlicks" -> "ramp", "subject").
    Q_PROPERTY(QString errorText READ errorText NOTIFY formChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY formChanged)
    Q_PROPERTY(bool canApply READ canApply NOTIFY formChanged)

public:
    explicit MoveBuilder(QObject* parent = nullptr);

    // The text of one parameter of the chosen move (field as in `parameters`).
    Q_INVOKABLE void setParameter(const QString& field, const QString& text);
    // Starts again from the shown shot: its subject, duration, the chosen move's defaults.
    Q_INVOKABLE void reset();
    // Makes the move (see above); false, with nothing changed, when an input is refused.
    Q_INVOKABLE bool apply();

    ProjectDocument* document() const { return m_document; }
    void setDocument(ProjectDocument* document);
    QVariantList moves() const;
    QString moveKey() const;
    void setMoveKey(const QString& key);
    QVariantList parameters() const;
    QStringList subjects() const;
    QString subject() const { return m_subject; }
    void setSubject(const QString& subject);
    QString shotLabel() const;
    QString cameraLabel() const;
    QString frameRateLabel() const;
    QString durationText() const { return m_durationText; }
    void setDurationText(const QString& text);
    QString timing() const { return m_timing; }
    void setTiming(const QString& timing);
    QString rampText() const { return m_rampText; }
    void setRampText(const QString& text);
    bool usesTiming() const;
    QString target() const { return m_target; }
    void setTarget(const QString& target);
    bool makesTwoShots() const;
    QString description() const { return m_description; }
    QString errorText() const { return m_errorText; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }
    bool canApply() const { return !m_description.isEmpty(); }

signals:
    void documentChanged();
    void formChanged();

private:
    // What apply() would do: the edit, the generated moves and the ids of the shots they go to.
    struct Plan {
        Edit edit;
        std::vector<MoveResult> results;
        std::vector<std::string> shotIds;
    };
    // The edit for the current inputs, or core's error (field named as in fieldErrors).
    Result<Plan> buildPlan() const;
    // The parameters typed for the chosen move, parsed; errors name the MoveParameters field.
    Result<MoveParameters> readParameters() const;
    // The shown shot's id, or "" without one.
    std::string shownShotId() const;
    // Recomputes the description and errors, then emits formChanged.
    void refresh();
    // The texts a move starts with: its defaults in the display units.
    QHash<QString, QString> defaultTexts(MoveKind kind) const;
    QHash<QString, QString>& texts();
    const QHash<QString, QString>* textsOf(MoveKind kind) const;

    QPointer<ProjectDocument> m_document;
    MoveKind m_kind = MoveKind::Track;
    QHash<int, QHash<QString, QString>> m_texts;   // per MoveKind: field -> text typed
    QString m_subject;
    QString m_durationText;
    QString m_timing = QStringLiteral("eased");
    QString m_rampText = QStringLiteral("1");
    QString m_target = QStringLiteral("shot");
    QString m_description;
    QString m_errorText;
    QVariantMap m_fieldErrors;
};

} // namespace murnau
