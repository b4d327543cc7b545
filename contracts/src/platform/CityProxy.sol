// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC1967Proxy} from "@openzeppelin/contracts/proxy/ERC1967/ERC1967Proxy.sol";

/// @title CityProxy
/// @notice OpenZeppelin's ERC-1967 proxy, unchanged, under our name so that the build ships
/// its bytecode. Every upgradeable service (UUPS) lives behind one: the address book names
/// the proxy, and only the service's admin (the council) upgrades it.
contract CityProxy is ERC1967Proxy {
    /// @param implementation the service's implementation.
    /// @param data the initializer call, run once in the proxy's storage.
    constructor(address implementation, bytes memory data) payable ERC1967Proxy(implementation, data) {}
}
