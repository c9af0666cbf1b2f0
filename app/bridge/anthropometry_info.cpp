#include "app/bridge/anthropometry_info.h"

namespace murnau {

AnthropometryInfo::AnthropometryInfo(QObject* parent) : QObject(parent) {}

} // namespace murnau
