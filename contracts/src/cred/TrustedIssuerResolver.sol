// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {IEAS, Attestation} from "@ethereum-attestation-service/eas-contracts/contracts/IEAS.sol";
import {ISchemaResolver} from "@ethereum-attestation-service/eas-contracts/contracts/resolver/ISchemaResolver.sol";

/// @title TrustedIssuerResolver
/// @notice The Ethereum Attestation Service resolver of the city's credential schemas: EAS
/// calls it on every attestation of a schema registered with it, and it lets through only
/// the agencies that the city registered for that schema (residence: the district offices;
/// income bracket: the health insurance service; ...). City staff (REGISTRAR_ROLE) add and
/// remove issuers, each change an event.
///
/// Every credential must name its holder (the recipient) and expire: a credential without
/// an end would outlive the facts it states.
///
/// Revocations always pass: only the attester can revoke (EAS checks), and an agency the city
/// no longer trusts must still be able to withdraw what it said.
///
/// On chain about people: the holder's address, the schema, the expiry and the
/// attestation's data, which for the city's schemas is a commitment (a Merkle root over
/// salted fields): no personal data.
/// @dev Behind a CityProxy (UUPS) because its address is part of every schema's UID
/// (keccak256(schema, resolver, revocable)): replacing the contract would orphan every
/// schema and credential, so the trust list lives in the proxy and only the code changes.
contract TrustedIssuerResolver is ISchemaResolver, AccessControlUpgradeable, UUPSUpgradeable {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice City staff who register and remove the agencies trusted for a schema.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice The EAS instance whose attestations this resolver judges. Immutable in the
    /// implementation: an upgrade must keep it, which `_authorizeUpgrade` checks.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IEAS public immutable EAS;

    /// @custom:storage-location erc7201:seoulchain.storage.TrustedIssuerResolver
    struct ResolverStorage {
        mapping(bytes32 schema => EnumerableSet.AddressSet) issuers;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.TrustedIssuerResolver")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0xe19ca0ef9bcf5c683760a356ef12df6f3c4592fe620ec52353b2ce150f25bf00;

    /// @notice A call that only EAS may make came from `caller`.
    error ResolverNotEAS(address caller);
    /// @notice The zero address given where a contract or an issuer is needed.
    error ResolverZeroAddress();
    /// @notice `issuer` attested `schema` without being registered for it.
    error ResolverUntrustedIssuer(bytes32 schema, address issuer);
    /// @notice An attestation of `schema` names no holder (recipient).
    error ResolverNoHolder(bytes32 schema);
    /// @notice An attestation of `schema` has no expiry.
    error ResolverNoExpiry(bytes32 schema);
    /// @notice `issuer` is already trusted for `schema`.
    error ResolverIssuerAlreadyTrusted(bytes32 schema, address issuer);
    /// @notice `issuer` is not trusted for `schema`, so cannot be removed.
    error ResolverIssuerNotTrusted(bytes32 schema, address issuer);
    /// @notice An upgrade to an implementation bound to another EAS than `current`.
    error ResolverUpgradeChangesEAS(address current, address proposed);

    /// @notice `issuer` may now attest `schema`; `by` is the registrar.
    event IssuerAdded(bytes32 indexed schema, address indexed issuer, address by);
    /// @notice `issuer` may no longer attest `schema` (its credentials stand until revoked
    /// or expired); `by` is the registrar.
    event IssuerRemoved(bytes32 indexed schema, address indexed issuer, address by);

    /// @param eas the EAS instance; every later implementation must name it too.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IEAS eas) {
        if (address(eas) == address(0)) revert ResolverZeroAddress();
        EAS = eas;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param admin receives the admin and registrar roles.
    function initialize(address admin) external initializer {
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    modifier onlyEAS() {
        if (msg.sender != address(EAS)) revert ResolverNotEAS(msg.sender);
        _;
    }

    // ---- the trust list ----

    /// @notice Trusts `issuer` (an agency's key) to attest `schema`.
    function addIssuer(bytes32 schema, address issuer) external onlyRole(REGISTRAR_ROLE) {
        if (issuer == address(0)) revert ResolverZeroAddress();
        if (!_store().issuers[schema].add(issuer)) revert ResolverIssuerAlreadyTrusted(schema, issuer);
        emit IssuerAdded(schema, issuer, msg.sender);
    }

    /// @notice Stops trusting `issuer` for `schema`. What it attested stays valid until it
    /// expires or the issuer revokes it: verifiers that want more check the trust list too.
    function removeIssuer(bytes32 schema, address issuer) external onlyRole(REGISTRAR_ROLE) {
        if (!_store().issuers[schema].remove(issuer)) revert ResolverIssuerNotTrusted(schema, issuer);
        emit IssuerRemoved(schema, issuer, msg.sender);
    }

    /// @notice Whether `issuer` may attest `schema`.
    function isTrusted(bytes32 schema, address issuer) external view returns (bool) {
        return _store().issuers[schema].contains(issuer);
    }

    /// @notice The issuers trusted for `schema`, in no particular order.
    function issuers(bytes32 schema) external view returns (address[] memory) {
        return _store().issuers[schema].values();
    }

    // ---- ISchemaResolver ----

    /// @inheritdoc ISchemaResolver
    function isPayable() external pure returns (bool) {
        return false;
    }

    /// @inheritdoc ISchemaResolver
    function attest(Attestation calldata attestation) external payable onlyEAS returns (bool) {
        _check(attestation);
        return true;
    }

    /// @inheritdoc ISchemaResolver
    function multiAttest(Attestation[] calldata attestations, uint256[] calldata) external payable onlyEAS returns (bool) {
        for (uint256 i = 0; i < attestations.length; ++i) {
            _check(attestations[i]);
        }
        return true;
    }

    /// @inheritdoc ISchemaResolver
    function revoke(Attestation calldata) external payable onlyEAS returns (bool) {
        return true;
    }

    /// @inheritdoc ISchemaResolver
    function multiRevoke(Attestation[] calldata, uint256[] calldata) external payable onlyEAS returns (bool) {
        return true;
    }

    /// @notice The resolver's version (EAS's ISemver).
    function version() external pure returns (string memory) {
        return "1.0.0";
    }

    function _check(Attestation calldata a) private view {
        if (!_store().issuers[a.schema].contains(a.attester)) revert ResolverUntrustedIssuer(a.schema, a.attester);
        if (a.recipient == address(0)) revert ResolverNoHolder(a.schema);
        if (a.expirationTime == 0) revert ResolverNoExpiry(a.schema);
    }

    function _store() private pure returns (ResolverStorage storage s) {
        bytes32 slot = STORAGE_SLOT;
        // ERC-7201: the only way to point a storage reference at a computed slot.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            s.slot := slot
        }
    }

    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        IEAS proposed;
        try TrustedIssuerResolver(payable(newImplementation)).EAS() returns (IEAS eas) {
            proposed = eas;
        } catch {}
        if (proposed != EAS) revert ResolverUpgradeChangesEAS(address(EAS), address(proposed));
    }
}
