#pragma once

#include <secp256k1.h>

namespace cca::wallet::detail {

// One randomised libsecp256k1 context for the process, created on first use (thread-safe static).
const secp256k1_context *secp256k1Context();

} // namespace cca::wallet::detail
