#include "gridwork/core/base/error.h"

namespace gridwork {

std::string_view errorCodeName(ErrorCode code) {
    switch (code) {
#define GRIDWORK_X(name, num, http)                                                                                    \
    case ErrorCode::name: return #name;
        GRIDWORK_ERROR_CODES(GRIDWORK_X)
#undef GRIDWORK_X
    }
    return "Unknown";
}

int httpStatusFor(ErrorCode code) {
    switch (code) {
#define GRIDWORK_X(name, num, http)                                                                                    \
    case ErrorCode::name: return http;
        GRIDWORK_ERROR_CODES(GRIDWORK_X)
#undef GRIDWORK_X
    }
    return 500;
}

ErrorCode errorCodeFromNumber(int number) {
    switch (number) {
#define GRIDWORK_X(name, num, http)                                                                                    \
    case num: return ErrorCode::name;
        GRIDWORK_ERROR_CODES(GRIDWORK_X)
#undef GRIDWORK_X
    }
    return ErrorCode::Internal;
}

std::string Status::toString() const {
    if (isOk()) return "OK";
    return std::string(errorCodeName(m_code)) + ": " + m_message;
}

}  // namespace gridwork
