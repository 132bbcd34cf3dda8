// secret_file.h — small files only their owner may read (keys), written atomically (internal).
//
// Contract: writeSecretFile creates missing parent folders 0700 and the file 0600 through a
// temporary name, fsync and rename, so a crash leaves the old file or the new one, never half.
// replace=false keeps a file that is already there (the first writer wins) and returns OK.
#pragma once

#include "gridwork/core/base/error.h"

#include <string>

namespace gridwork {

Result<std::string> readSecretFile(const std::string& path);
Status writeSecretFile(const std::string& path, const std::string& contents, bool replace);

}  // namespace gridwork
