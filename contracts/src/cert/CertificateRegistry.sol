// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title CertificateRegistry
/// @notice The city's document store for certificates issued as files (volunteer-hours
/// confirmations, payment confirmations, course completions...), after OpenAttestation's
/// document store: an office hashes each file (SHA-256 of its exact bytes), builds a Merkle
/// tree of the hashes and anchors only the root, one transaction per issuance. Anyone holding
/// a file and its proof checks, against any node, that the file is exactly what a registered
/// office issued, when, and whether it was revoked since.
///
/// Leaves are `keccak256(abi.encodePacked(documentHash))` and inner nodes the sorted-pair
/// keccak256 of OpenZeppelin's `MerkleProof`, so the tree needs no order and a leaf (32 bytes
/// hashed) can never be mistaken for an inner node (64 bytes hashed).
///
/// On chain: office names and addresses, roots, document hashes only when a single document is
/// revoked, times and reason codes. No personal data.
/// @dev Behind a CityProxy (UUPS): the registry's address is written into every proof file,
/// so the roots must outlive any change of code.
contract CertificateRegistry is AccessControlUpgradeable, UUPSUpgradeable {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice City staff who register and remove the issuing offices.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice The longest office name, in bytes of UTF-8 (20 Hangul syllables and more).
    uint256 public constant MAX_NAME_BYTES = 96;

    /// @notice An issuing office as the city registered it. A removed office keeps its name
    /// (what it issued stays attributable) but may anchor no more.
    struct Office {
        string name;
        bool registered;
        uint64 since;
    }

    /// @notice One anchored issuance. `revokedAt` is zero while the batch stands.
    struct Batch {
        address office;
        uint64 issuedAt;
        uint64 expiresAt;
        uint64 revokedAt;
        uint16 reason;
    }

    /// @notice The withdrawal of one document of a batch; `at` is zero if it stands.
    struct Revocation {
        uint64 at;
        uint16 reason;
    }

    /// @custom:storage-location erc7201:seoulchain.storage.CertificateRegistry
    struct RegistryStorage {
        mapping(address office => Office) offices;
        EnumerableSet.AddressSet officeList;
        mapping(bytes32 nameHash => address office) nameOwner;
        mapping(bytes32 root => Batch) batches;
        mapping(bytes32 root => mapping(bytes32 document => Revocation)) revoked;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.CertificateRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0xcd2a0445a7d15817473e15d2cba89b11e0ff4776740838b4a3062ffddab93a00;

    /// @notice The zero address given for an office.
    error CertZeroAddress();
    /// @notice An office name that is empty or longer than MAX_NAME_BYTES.
    error CertBadName(uint256 length);
    /// @notice `office` is already registered.
    error CertOfficeAlreadyRegistered(address office);
    /// @notice `name` belongs to another office, `holder`: a name always means one office.
    error CertNameTaken(string name, address holder);
    /// @notice `office` is not a registered office (never registered, or removed).
    error CertOfficeNotRegistered(address office);
    /// @notice A zero root: no batch hashes to it.
    error CertZeroRoot();
    /// @notice `root` was anchored already, by `office`.
    error CertRootAlreadyAnchored(bytes32 root, address office);
    /// @notice An expiry that is not after the current block's time.
    error CertExpiryInPast(uint64 expiresAt, uint64 nowTime);
    /// @notice No batch has `root`.
    error CertUnknownBatch(bytes32 root);
    /// @notice `caller` acted on batch `root`, which belongs to `office`.
    error CertNotBatchOffice(bytes32 root, address office, address caller);
    /// @notice Batch `root` is revoked already.
    error CertBatchAlreadyRevoked(bytes32 root);
    /// @notice A revocation without a reason code (zero): a reader must learn why.
    error CertNoReason();
    /// @notice `document` is not in batch `root` by the proof given.
    error CertNotInBatch(bytes32 root, bytes32 document);
    /// @notice `document` of batch `root` is revoked already.
    error CertDocumentAlreadyRevoked(bytes32 root, bytes32 document);

    /// @notice `office` may now anchor batches under `name`; `by` is the registrar.
    event OfficeAdded(address indexed office, string name, address by);
    /// @notice `office` may anchor no more; what it anchored stands. `by` is the registrar.
    event OfficeRemoved(address indexed office, address by);
    /// @notice `office` anchored batch `root`, valid until `expiresAt` (0: no end).
    event BatchAnchored(bytes32 indexed root, address indexed office, uint64 expiresAt);
    /// @notice `office` revoked every document of batch `root`, for `reason`.
    event BatchRevoked(bytes32 indexed root, address indexed office, uint16 reason);
    /// @notice `office` revoked `document` (its SHA-256) of batch `root`, for `reason`.
    event DocumentRevoked(bytes32 indexed root, bytes32 indexed document, address indexed office, uint16 reason);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
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

    // ---- offices ----

    /// @notice Registers `office` (its key) as an issuing office called `name`.
    function addOffice(address who, string calldata name) external onlyRole(REGISTRAR_ROLE) {
        if (who == address(0)) revert CertZeroAddress();
        uint256 n = bytes(name).length;
        if (n == 0 || n > MAX_NAME_BYTES) revert CertBadName(n);
        RegistryStorage storage s = _store();
        if (s.offices[who].registered) revert CertOfficeAlreadyRegistered(who);
        bytes32 h = keccak256(bytes(name));
        address holder = s.nameOwner[h];
        if (holder != address(0) && holder != who) revert CertNameTaken(name, holder);
        // A re-registered office's old name stays bound to it: release nothing.
        s.nameOwner[h] = who;
        s.offices[who] = Office({name: name, registered: true, since: uint64(block.timestamp)});
        s.officeList.add(who);
        emit OfficeAdded(who, name, msg.sender);
    }

    /// @notice Stops office `who` anchoring batches. What it issued stands until it expires or
    /// is revoked, and the office may still revoke its own batches.
    function removeOffice(address who) external onlyRole(REGISTRAR_ROLE) {
        Office storage o = _store().offices[who];
        if (!o.registered) revert CertOfficeNotRegistered(who);
        o.registered = false;
        emit OfficeRemoved(who, msg.sender);
    }

    /// @notice The office whose key is `who` (registered or once registered).
    function office(address who) external view returns (Office memory) {
        return _store().offices[who];
    }

    /// @notice Every office ever registered, in order of first registration.
    function offices() external view returns (address[] memory) {
        return _store().officeList.values();
    }

    // ---- batches ----

    /// @notice Anchors the Merkle root of a batch of documents issued by the calling office,
    /// valid until `expiresAt` (0: no end).
    function anchor(bytes32 root, uint64 expiresAt) external {
        RegistryStorage storage s = _store();
        if (!s.offices[msg.sender].registered) revert CertOfficeNotRegistered(msg.sender);
        if (root == bytes32(0)) revert CertZeroRoot();
        address prior = s.batches[root].office;
        if (prior != address(0)) revert CertRootAlreadyAnchored(root, prior);
        if (expiresAt != 0 && expiresAt <= block.timestamp) revert CertExpiryInPast(expiresAt, uint64(block.timestamp));
        s.batches[root] = Batch({office: msg.sender, issuedAt: uint64(block.timestamp), expiresAt: expiresAt, revokedAt: 0, reason: 0});
        emit BatchAnchored(root, msg.sender, expiresAt);
    }

    /// @notice Revokes every document of batch `root`, which the caller anchored.
    function revokeBatch(bytes32 root, uint16 reason) external {
        Batch storage b = _ownBatch(root, reason);
        if (b.revokedAt != 0) revert CertBatchAlreadyRevoked(root);
        b.revokedAt = uint64(block.timestamp);
        b.reason = reason;
        emit BatchRevoked(root, msg.sender, reason);
    }

    /// @notice Revokes one document (`document`, its SHA-256) of batch `root`, which the
    /// caller anchored; `proof` shows the document is in the batch.
    function revokeDocument(bytes32 root, bytes32 document, bytes32[] calldata proof, uint16 reason) external {
        _ownBatch(root, reason);
        if (!MerkleProof.verifyCalldata(proof, root, leaf(document))) revert CertNotInBatch(root, document);
        Revocation storage r = _store().revoked[root][document];
        if (r.at != 0) revert CertDocumentAlreadyRevoked(root, document);
        r.at = uint64(block.timestamp);
        r.reason = reason;
        emit DocumentRevoked(root, document, msg.sender, reason);
    }

    /// @notice Batch `root` (office zero: never anchored).
    function batch(bytes32 root) external view returns (Batch memory) {
        return _store().batches[root];
    }

    /// @notice The revocation of `document` in batch `root` (at zero: none).
    function documentRevocation(bytes32 root, bytes32 document) external view returns (Revocation memory) {
        return _store().revoked[root][document];
    }

    /// @notice What the chain says of `document` under `root` with `proof`: whether the proof
    /// places it in the batch, the batch, and the document's own revocation. A verifier
    /// judges expiry and revocation from these; `included` false means nothing is proven.
    function check(bytes32 document, bytes32 root, bytes32[] calldata proof)
        external
        view
        returns (bool included, Batch memory b, Revocation memory r)
    {
        RegistryStorage storage s = _store();
        b = s.batches[root];
        included = b.office != address(0) && MerkleProof.verifyCalldata(proof, root, leaf(document));
        r = s.revoked[root][document];
    }

    /// @notice The Merkle leaf of a document hash.
    function leaf(bytes32 document) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(document));
    }

    function _ownBatch(bytes32 root, uint16 reason) private view returns (Batch storage b) {
        b = _store().batches[root];
        if (b.office == address(0)) revert CertUnknownBatch(root);
        if (b.office != msg.sender) revert CertNotBatchOffice(root, b.office, msg.sender);
        if (reason == 0) revert CertNoReason();
    }

    function _store() private pure returns (RegistryStorage storage s) {
        bytes32 slot = STORAGE_SLOT;
        // ERC-7201: the only way to point a storage reference at a computed slot.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            s.slot := slot
        }
    }

    function _authorizeUpgrade(address) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
