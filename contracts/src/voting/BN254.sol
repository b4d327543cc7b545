// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

// alt_bn128 (BN254) G1 through the EVM precompiles: ecAdd (0x06) and ecMul (0x07)
// of EIP-196 (150 and 6,000 gas since Istanbul), modexp (0x05) for inverses. No curve
// arithmetic is done here by hand: the precompiles do it. G1 has cofactor 1, so a point on
// the curve is in the prime-order group. (0, 0) is the point at infinity, as in EIP-196.
// Free functions, imported as `import * as BN254`: no library artifact, no linking.
/// @dev The field prime p and the group order r.
uint256 constant P = 0x30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47;
uint256 constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;

/// @notice A precompile refused its input: only possible for a point that skipped isPoint.
error BN254PrecompileFailed(uint256 precompile);

/// @notice Whether (x, y) is the point at infinity or on y^2 = x^3 + 3 with x, y < p.
function isPoint(uint256 x, uint256 y) pure returns (bool) {
    if (x == 0 && y == 0) return true;
    if (x >= P || y >= P) return false;
    return mulmod(y, y, P) == addmod(mulmod(mulmod(x, x, P), x, P), 3, P);
}

function add(uint256[2] memory a, uint256[2] memory b) view returns (uint256[2] memory out) {
    uint256[4] memory input = [a[0], a[1], b[0], b[1]];
    bool ok;
    assembly ("memory-safe") {
        ok := staticcall(gas(), 0x06, input, 0x80, out, 0x40)
    }
    if (!ok) revert BN254PrecompileFailed(6);
}

function mul(uint256[2] memory a, uint256 s) view returns (uint256[2] memory out) {
    uint256[3] memory input = [a[0], a[1], s];
    bool ok;
    assembly ("memory-safe") {
        ok := staticcall(gas(), 0x07, input, 0x60, out, 0x40)
    }
    if (!ok) revert BN254PrecompileFailed(7);
}

/// @dev s·G for the generator G = (1, 2).
function mulG(uint256 s) view returns (uint256[2] memory) {
    return mul([uint256(1), uint256(2)], s);
}

function neg(uint256[2] memory a) pure returns (uint256[2] memory) {
    if (a[1] == 0) return a; // the point at infinity (y = 0 is not on the curve otherwise)
    return [a[0], P - a[1]];
}

function sub(uint256[2] memory a, uint256[2] memory b) view returns (uint256[2] memory) {
    return add(a, neg(b));
}

function eq(uint256[2] memory a, uint256[2] memory b) pure returns (bool) {
    return a[0] == b[0] && a[1] == b[1];
}

/// @dev a^-1 mod r by Fermat (a^(r-2)) on the modexp precompile; a must be non-zero mod r.
function inverse(uint256 a) view returns (uint256 inv) {
    uint256[6] memory input = [uint256(32), 32, 32, a, R - 2, R];
    uint256[1] memory out;
    bool ok;
    assembly ("memory-safe") {
        ok := staticcall(gas(), 0x05, input, 0xc0, out, 0x20)
    }
    if (!ok) revert BN254PrecompileFailed(5);
    inv = out[0];
}
