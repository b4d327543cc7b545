// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ERC20Upgradeable} from "@openzeppelin/contracts-upgradeable/token/ERC20/ERC20Upgradeable.sol";
import {ERC20PausableUpgradeable} from
    "@openzeppelin/contracts-upgradeable/token/ERC20/extensions/ERC20PausableUpgradeable.sol";

/// @title KRWToken
/// @notice The KRW settlement token: a deposit token, 1 token = 1 KRW (0 decimals), that the
/// designated bank mints when KRW is deposited and that a holder burns to withdraw to a bank
/// account. The city's public-works escrow moves it. Nobody has any power over a holder's
/// balance beyond pausing all transfers: there is no forced transfer, freeze or burn.
///
/// A pause stops every transfer, mint and burn, and with them every escrow movement (a
/// contract's KRW is frozen like anyone's) until the pauser unpauses.
///
/// On chain about a person: holders' addresses and amounts, the bank's deposit code of each
/// mint and the opaque withdrawal code of each burn. No bank account, name or other personal
/// data: the bank maps its codes to accounts in its own systems.
///
/// It lives behind a proxy (UUPS): the admin (the city council) upgrades it, through the
/// council's delay.
contract KRWToken is ERC20Upgradeable, ERC20PausableUpgradeable, AccessControlUpgradeable, UUPSUpgradeable {
    /// @notice The bank's role: mints against deposits it has received.
    bytes32 public constant ISSUER_ROLE = keccak256("ISSUER_ROLE");
    /// @notice Pauses and unpauses every transfer, mint and burn.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice A mint or burn of zero tokens.
    error KRWZeroAmount();
    /// @notice A mint without the bank's deposit reference, or a burn without the bank's
    /// withdrawal code.
    error KRWEmptyReference();
    /// @notice A deposit reference that was already minted: a retried mint must not mint twice.
    error KRWDepositAlreadyMinted(string bankReference);

    /// @notice KRW deposited at the bank and minted to `to`.
    event Deposited(address indexed to, uint256 amount, string bankReference);
    /// @notice Tokens burned by `from` for the bank to pay out against its withdrawal code
    /// `withdrawalRef`, which the bank maps to the payout account off chain.
    event Withdrawn(address indexed from, uint256 amount, bytes32 withdrawalRef);

    /// @dev keccak256 of each deposit reference already minted.
    mapping(bytes32 => bool) private _minted;

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param admin receives the admin, issuer and pauser roles; it grants the issuer role
    /// to the bank and may then renounce its own.
    function initialize(address admin) external initializer {
        __ERC20_init("Seoul KRW Deposit Token", "KRW");
        __ERC20Pausable_init();
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ISSUER_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
    }

    /// @notice 1 token is 1 won; the won has no minor unit in use.
    function decimals() public pure override returns (uint8) {
        return 0;
    }

    /// @notice Mints `amount` to `to` for the bank deposit `bankReference`, once per reference.
    function mint(address to, uint256 amount, string calldata bankReference) external onlyRole(ISSUER_ROLE) {
        if (amount == 0) revert KRWZeroAmount();
        if (bytes(bankReference).length == 0) revert KRWEmptyReference();
        bytes32 key = keccak256(bytes(bankReference));
        if (_minted[key]) revert KRWDepositAlreadyMinted(bankReference);
        _minted[key] = true;
        _mint(to, amount);
        emit Deposited(to, amount, bankReference);
    }

    /// @notice Whether the deposit `bankReference` has been minted.
    function depositMinted(string calldata bankReference) external view returns (bool) {
        return _minted[keccak256(bytes(bankReference))];
    }

    /// @notice Burns `amount` of the caller's tokens for the bank to pay out. `withdrawalRef`
    /// is the withdrawal code the holder got from the bank (the bank's ticket, mapped to the
    /// payout account in the bank's own systems): a bank account number must never go on
    /// chain, where it would be public forever.
    function burn(uint256 amount, bytes32 withdrawalRef) external {
        if (amount == 0) revert KRWZeroAmount();
        if (withdrawalRef == bytes32(0)) revert KRWEmptyReference();
        _burn(_msgSender(), amount);
        emit Withdrawn(_msgSender(), amount, withdrawalRef);
    }

    /// @notice Stops every transfer, mint and burn, and so every escrow movement of KRW:
    /// for an incident at the bank or in the token, until `unpause`.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes transfers, mints and burns.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    function _update(address from, address to, uint256 value)
        internal
        override(ERC20Upgradeable, ERC20PausableUpgradeable)
    {
        super._update(from, to, value);
    }

    /// @dev Upgrades are the admin's (the council's, through its delay).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
