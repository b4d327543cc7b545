// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {ERC2771ContextUpgradeable} from "@openzeppelin/contracts-upgradeable/metatx/ERC2771ContextUpgradeable.sol";
import {ContextUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/ContextUpgradeable.sol";

/// @title GovernedForwarderContext
/// @notice OpenZeppelin's ERC-2771 context with the trusted forwarder kept in the proxy's
/// storage instead of an immutable, so that the contract's admin (the city council) can
/// replace the forwarder without a redeployment. Storage is namespaced (ERC-7201), so adding
/// this base never shifts a contract's own variables. It brings AccessControl, whose admin
/// role guards the setter, and settles which `_msgSender` AccessControl sees: the citizen's.
abstract contract GovernedForwarderContext is ERC2771ContextUpgradeable, AccessControlUpgradeable {
    /// @custom:storage-location erc7201:seoulchain.storage.GovernedForwarder
    struct GovernedForwarderStorage {
        address forwarder;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.GovernedForwarder")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_LOCATION = 0x6389d4d2560983108581ad2cc39dce4636976a601669f6a74e7bc7f44ec3e900;

    /// @notice The trusted forwarder is now `forwarder`.
    event TrustedForwarderSet(address indexed forwarder);

    /// @dev The immutable of OpenZeppelin's base stays zero: `trustedForwarder` reads storage.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() ERC2771ContextUpgradeable(address(0)) {}

    function __GovernedForwarderContext_init(address forwarder) internal onlyInitializing {
        _setTrustedForwarder(forwarder);
    }

    /// @notice The forwarder whose calls carry the citizen's address (ERC-2771).
    function trustedForwarder() public view override returns (address) {
        return _forwarderStorage().forwarder;
    }

    /// @notice Replaces the trusted forwarder; only the contract's admin (the council).
    function setTrustedForwarder(address forwarder) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setTrustedForwarder(forwarder);
    }

    function _msgSender() internal view virtual override(ContextUpgradeable, ERC2771ContextUpgradeable) returns (address) {
        return ERC2771ContextUpgradeable._msgSender();
    }

    function _msgData() internal view virtual override(ContextUpgradeable, ERC2771ContextUpgradeable) returns (bytes calldata) {
        return ERC2771ContextUpgradeable._msgData();
    }

    function _contextSuffixLength()
        internal
        view
        virtual
        override(ContextUpgradeable, ERC2771ContextUpgradeable)
        returns (uint256)
    {
        return ERC2771ContextUpgradeable._contextSuffixLength();
    }

    function _setTrustedForwarder(address forwarder) private {
        _forwarderStorage().forwarder = forwarder;
        emit TrustedForwarderSet(forwarder);
    }

    function _forwarderStorage() private pure returns (GovernedForwarderStorage storage $) {
        assembly {
            $.slot := STORAGE_LOCATION
        }
    }
}
