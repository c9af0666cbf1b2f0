// Sampling a shot's camera and actors on every frame for the interchange formats.

#include "core/export/camera_track.h"

#include <cctype>

#include "core/scene/shot_evaluator.h"

namespace murnau {

Result<CameraTrack> sampleCameraTrack(const Project& project, const ExportShot& shot)
{
    const Result<ShotEvaluator> evaluator =
        ShotEvaluator::create(project, *shot.scene, *shot.shot, shot.shotField, shot.sceneField);
    if (!evaluator)
        return evaluator.error();
    const Result<std::vector<ShotSample>> samples = evaluator->sampleShot(1);
    if (!samples)
        return samples.error();

    CameraTrack track;
    track.shotId = shot.shot->id;
    track.sceneNumber = shot.scene->number;
    track.shotNumber = shot.shot->number;
    track.shotName = shot.shot->name;
    track.cameraName = shot.shot->camera;
    track.frameRate = evaluator->frameRate();
    track.frames.reserve(samples->size());
    for (const ShotSample& sample : *samples) {
        CameraTrackFrame frame;
        frame.frame = sample.frame;
        frame.seconds = sample.seconds;
        frame.camera = sample.camera;
        frame.actors.reserve(sample.actors.size());
        for (const ActorSample& actor : sample.actors)
            frame.actors.push_back(actor.pose);
        track.frames.push_back(std::move(frame));
    }
    return track;
}

Result<std::vector<CameraTrack>> sampleCameraTracks(const Project& project, std::span<const ExportShot> shots)
{
    std::vector<CameraTrack> tracks;
    tracks.reserve(shots.size());
    for (const ExportShot& shot : shots) {
        Result<CameraTrack> track = sampleCameraTrack(project, shot);
        if (!track)
            return track.error();
        tracks.push_back(std::move(track).value());
    }
    return tracks;
}

std::string shotFileStem(const std::string& sceneNumber, const std::string& shotNumber, const std::string& shotId)
{
    std::string stem = "sc" + sceneNumber + "_sh" + shotNumber;
    if (!shotId.empty())
        stem += "_" + shotId;
    for (char& c : stem) {
        const auto byte = static_cast<unsigned char>(c);
        if (!std::isalnum(byte) && c != '-' && c != '_')
            c = '_';
    }
    return stem;
}

} // namespace murnau
