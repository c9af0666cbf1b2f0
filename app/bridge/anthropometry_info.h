#pragma once
// Body proportions for QML (singleton "Anthropometry"): the landmark heights and segment
// lengths of core/scene/anthropometry.h, as fractions of stature, so the actor proxies
// are built from the same published table the shot sizes use, never retyped in QML.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "core/scene/anthropometry.h"

namespace murnau {

class AnthropometryInfo : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Anthropometry)
    QML_SINGLETON

    // Heights above the floor, fraction of stature (0 = floor, 1 = crown).
    Q_PROPERTY(double crownHeight MEMBER m_crownHeight CONSTANT)
    Q_PROPERTY(double eyeHeight MEMBER m_eyeHeight CONSTANT)
    Q_PROPERTY(double chinHeight MEMBER m_chinHeight CONSTANT)
    Q_PROPERTY(double shoulderHeight MEMBER m_shoulderHeight CONSTANT)
    Q_PROPERTY(double chestHeight MEMBER m_chestHeight CONSTANT)
    Q_PROPERTY(double waistHeight MEMBER m_waistHeight CONSTANT)
    Q_PROPERTY(double hipHeight MEMBER m_hipHeight CONSTANT)
    Q_PROPERTY(double wristHeight MEMBER m_wristHeight CONSTANT)
    Q_PROPERTY(double kneeHeight MEMBER m_kneeHeight CONSTANT)
    Q_PROPERTY(double ankleHeight MEMBER m_ankleHeight CONSTANT)
    // Widths and lengths, fraction of stature.
    Q_PROPERTY(double shoulderWidth MEMBER m_shoulderWidth CONSTANT)
    Q_PROPERTY(double hipWidth MEMBER m_hipWidth CONSTANT)
    Q_PROPERTY(double upperArmLength MEMBER m_upperArmLength CONSTANT)
    Q_PROPERTY(double forearmLength MEMBER m_forearmLength CONSTANT)
    Q_PROPERTY(double handLength MEMBER m_handLength CONSTANT)
    Q_PROPERTY(double footLength MEMBER m_footLength CONSTANT)
    Q_PROPERTY(double footWidth MEMBER m_footWidth CONSTANT)
    Q_PROPERTY(double thighLength MEMBER m_thighLength CONSTANT)
    Q_PROPERTY(double shankLength MEMBER m_shankLength CONSTANT)

public:
    explicit AnthropometryInfo(QObject* parent = nullptr);

private:
    double m_crownHeight = landmark::kCrown;
    double m_eyeHeight = landmark::kEye;
    double m_chinHeight = landmark::kChin;
    double m_shoulderHeight = landmark::kShoulder;
    double m_chestHeight = landmark::kChest;
    double m_waistHeight = landmark::kWaist;
    double m_hipHeight = landmark::kHip;
    double m_wristHeight = landmark::kWrist;
    double m_kneeHeight = landmark::kKnee;
    double m_ankleHeight = landmark::kAnkle;
    double m_shoulderWidth = segment::kShoulderWidth;
    double m_hipWidth = segment::kHipWidth;
    double m_upperArmLength = segment::kUpperArm;
    double m_forearmLength = segment::kForearm;
    double m_handLength = segment::kHand;
    double m_footLength = segment::kFootLength;
    double m_footWidth = segment::kFootWidth;
    double m_thighLength = segment::kThigh;
    double m_shankLength = segment::kShank;
};

} // namespace murnau
