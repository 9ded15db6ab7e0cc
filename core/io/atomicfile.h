// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes bytes to a file through a temporary file beside it (QSaveFile), renamed over it only once
// complete: a failure leaves any previous file intact. The error (ErrorCode::Io) names the file.

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace adhera::io {

Result<void> writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace adhera::io
