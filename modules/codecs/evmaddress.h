#pragma once

#include <QString>
#include <QStringView>

// Ethereum-style (EVM) addresses: 0x and 40 hexadecimal digits, with the EIP-55 (now ERC-55)
// mixed-case checksum: a letter is upper case when the matching nibble of Keccak-256 of the
// lower-case hex (as ASCII) is 8 or more.
namespace cca::codecs::evm {

enum class Checksum {
    Valid,      // mixed case that matches EIP-55
    None,       // all lower or all upper case: carries no checksum
    Invalid,    // mixed case that does not match: likely a typo or an altered address
    NotAddress  // not 0x + 40 hex digits
};

bool isHexAddressShape(QStringView text); // 0x/0X + 40 hex digits
Checksum checkEip55(QStringView text);
QString toChecksumAddress(QStringView text); // 0x + EIP-55 casing; empty when not an address

} // namespace cca::codecs::evm
