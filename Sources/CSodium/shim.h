// libsodium from the system (Debian: libsodium-dev): only its Ed25519 check is used.
#include <sodium/core.h>
#include <sodium/crypto_sign_ed25519.h>
