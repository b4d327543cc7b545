// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {ERC2771Forwarder} from "@openzeppelin/contracts/metatx/ERC2771Forwarder.sol";

/// @title CityForwarder
/// @notice The city's ERC-2771 trusted forwarder. Citizens sign a ForwardRequest with EIP-712
/// and the relayer pays the gas to execute it; S-Coin and M-Voting trust this contract to
/// append the citizen's address to the calldata. It is OpenZeppelin's forwarder unchanged, so
/// any wallet library's signTypedData produces requests it accepts; only the EIP-712 domain
/// name is ours.
contract CityForwarder is ERC2771Forwarder {
    constructor() ERC2771Forwarder("seoulchain") {}
}
