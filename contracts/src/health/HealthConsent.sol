// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {GovernedForwarderContext} from "../platform/GovernedForwarderContext.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title HealthConsent
/// @notice Citizen-led health records (issue #22): medical records stay at the hospitals that
/// made them; this contract holds only what lets a patient decide who reads them and see who
/// did. The city registers providers (hospitals, clinics, imaging centres, insurers); a
/// provider anchors the hash of each record it holds for a patient, with a category code, in
/// its own name: a record is (holder, hash), so no other provider can anchor a hash first and
/// block or take over someone else's record (two holders of the same bytes hold two records); the
/// patient grants another provider access to categories of records (or one record) held by a
/// provider, for a purpose and until an expiry, and may revoke it at any time; every access is
/// logged under the consent that allowed it, or as a break-glass emergency access with a
/// reason code the patient sees.
///
/// An insurance claim: the patient files, for an insurer holding live insurance consents to
/// the claim's records, the records' hashes and the amount claimed; the insurer records its
/// decision once, with the amount paid and the hash of its payment reference.
///
/// On chain about people: addresses, record hashes, category, purpose and reason codes, times,
/// claimed and paid amounts (won), payment reference hashes. The events carry the same and
/// nothing more.
/// Never medical content, names or free text.
/// Gasless: patients grant, revoke and file claims through the city's forwarder (ERC-2771, the relayer pays
/// the gas); `_msgSender()` is then the patient who signed the request.
contract HealthConsent is GovernedForwarderContext, UUPSUpgradeable {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice City staff who register and remove providers.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice Provider roles. Insurers read records for claims; they hold none.
    uint8 public constant ROLE_HOSPITAL = 1;
    uint8 public constant ROLE_CLINIC = 2;
    uint8 public constant ROLE_IMAGING = 3;
    uint8 public constant ROLE_INSURER = 4;

    /// @notice Record categories (1..4); a consent's `categories` is a bit mask of 1 << category.
    uint8 public constant CATEGORY_IMAGING = 1;
    uint8 public constant CATEGORY_LAB = 2;
    uint8 public constant CATEGORY_PRESCRIPTION = 3;
    uint8 public constant CATEGORY_DISCHARGE = 4;
    uint8 private constant CATEGORY_MASK = 0x1e;

    /// @notice Purposes of a consent: treatment (to care providers), insurance claim (to insurers).
    uint8 public constant PURPOSE_TREATMENT = 1;
    uint8 public constant PURPOSE_INSURANCE = 2;

    struct Provider {
        uint8 role; // 0: never registered
        bool active;
        uint64 since;
    }

    struct Record {
        address provider;
        uint8 category;
        uint64 anchoredAt;
        address patient;
    }

    /// @notice What a patient allowed: `grantee` may read the records of `patient` held by
    /// `holder`, either one `record` or (record zero) every record of the `categories` mask.
    struct Consent {
        address patient;
        uint8 categories;
        uint8 purpose;
        uint64 expiresAt;
        uint64 revokedAt;
        address grantee;
        address holder;
        bytes32 record;
    }

    /// @notice A claim's state: filed, then decided once (approved or rejected).
    uint8 public constant CLAIM_FILED = 1;
    uint8 public constant CLAIM_APPROVED = 2;
    uint8 public constant CLAIM_REJECTED = 3;

    /// @notice An insurance claim: `patient` asks `insurer` for `amountClaimed` (won) on
    /// `records`, each covered by a live insurance consent when filed.
    struct Claim {
        address patient;
        uint8 status;
        uint64 filedAt;
        address insurer;
        uint64 decidedAt;
        uint256 amountClaimed;
        uint256 amountPaid;
        bytes32 paymentRef;
        bytes32[] records;
        address[] holders; // of records[i], from its consent (appended: claims filed before have none)
    }

    /// @custom:storage-location erc7201:seoulchain.storage.HealthConsent
    struct HealthStorage {
        mapping(address => Provider) providers;
        EnumerableSet.AddressSet providerList;
        // Records anchored before they were keyed by their holder: read, never written.
        mapping(bytes32 recordHash => Record) records;
        mapping(uint256 id => Consent) consents;
        mapping(address patient => uint256[]) consentsOf;
        uint256 consentCount;
        mapping(uint256 id => Claim) claims;
        uint256 claimCount;
        mapping(address holder => mapping(bytes32 recordHash => Record)) held;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.HealthConsent")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0x0558476f4c6fa18c7869f1f9f2e9c066138c6e737e367926b5b6f59595bce900;

    /// @notice The zero address given for a provider or a patient.
    error HealthZeroAddress();
    /// @notice A provider role outside 1..4.
    error HealthBadRole(uint8 role);
    /// @notice `provider` is registered already.
    error HealthProviderAlreadyRegistered(address provider);
    /// @notice `provider` is not a registered provider (never registered, or removed).
    error HealthProviderNotRegistered(address provider);
    /// @notice `provider` (an insurer) holds no records to anchor.
    error HealthRoleCannotAnchor(address provider, uint8 role);
    /// @notice A zero record hash.
    error HealthZeroHash();
    /// @notice A record category outside 1..4.
    error HealthBadCategory(uint8 category);
    /// @notice `provider` anchored `record` already.
    error HealthRecordAlreadyAnchored(bytes32 record, address provider);
    /// @notice A batch whose lists differ in length.
    error HealthBatchLengthMismatch(uint256 patients, uint256 records, uint256 categories);
    /// @notice `holder` anchored no record with hash `record`.
    error HealthUnknownRecord(address holder, bytes32 record);
    /// @notice A consent's category mask that is empty or names no category.
    error HealthBadCategories(uint8 mask);
    /// @notice A purpose code other than treatment (1) or insurance claim (2).
    error HealthBadPurpose(uint8 purpose);
    /// @notice `purpose` does not fit `grantee`'s role: insurance claims go to insurers,
    /// treatment to care providers.
    error HealthPurposeNotForRole(uint8 purpose, address grantee, uint8 role);
    /// @notice An expiry that is not after the current block's time.
    error HealthExpiryInPast(uint64 expiresAt, uint64 nowTime);
    /// @notice `record` is not a record of `caller` (at the holder named).
    error HealthNotYourRecord(bytes32 record, address caller);
    /// @notice No consent has id `id`.
    error HealthUnknownConsent(uint256 id);
    /// @notice Consent `id` is not `caller`'s to revoke.
    error HealthNotYourConsent(uint256 id, address caller);
    /// @notice Consent `id` was revoked at `at`.
    error HealthConsentRevoked(uint256 id, uint64 at);
    /// @notice Consent `id` expired at `expiresAt`.
    error HealthConsentExpired(uint256 id, uint64 expiresAt);
    /// @notice An access to `record` by `accessor` without a consent (id zero).
    error HealthNoConsent(bytes32 record, address accessor);
    /// @notice Consent `id` is not the patient's consent to `accessor` for records of the holder named.
    error HealthConsentNotForAccess(uint256 id, bytes32 record, address accessor);
    /// @notice Consent `id` covers neither `record` nor its category `category`.
    error HealthCategoryNotGranted(uint256 id, bytes32 record, uint8 category);
    /// @notice `caller` is neither the accessor nor the record's holder: only they log accesses.
    error HealthNotPartyToAccess(address caller);
    /// @notice A break-glass access without a reason code: the patient must learn why.
    error HealthNoReason();
    /// @notice `provider` (an insurer) has no emergency to break the glass for.
    error HealthNoEmergencyForRole(address provider, uint8 role);

    /// @notice `insurer` is not a registered insurer (role `role`): claims go to insurers.
    error HealthNotAnInsurer(address insurer, uint8 role);
    /// @notice A claim without records.
    error HealthClaimWithoutRecords();
    /// @notice A claim's `records` and `consents` lists differ in length.
    error HealthClaimLengthMismatch(uint256 records, uint256 consents);
    /// @notice `record` is named twice in one claim.
    error HealthClaimRecordRepeated(bytes32 record);
    /// @notice A claim for zero won.
    error HealthZeroAmount();
    /// @notice Consent `id` is not for an insurance claim (purpose `purpose`).
    error HealthConsentNotForClaim(uint256 id, uint8 purpose);
    /// @notice No claim has id `id`.
    error HealthUnknownClaim(uint256 id);
    /// @notice `caller` is not claim `id`'s insurer: only it decides.
    error HealthNotClaimInsurer(uint256 id, address caller);
    /// @notice Claim `id` was decided already, at `at`.
    error HealthClaimAlreadyDecided(uint256 id, uint64 at);
    /// @notice Claim `id` approved for `paid`, more than the `claimed`.
    error HealthPaidExceedsClaimed(uint256 id, uint256 paid, uint256 claimed);
    /// @notice Claim `id` approved without an amount paid, or rejected with one.
    error HealthPaidMismatchesDecision(uint256 id, bool approved, uint256 paid);
    /// @notice Claim `id` approved without a payment reference.
    error HealthNoPaymentRef(uint256 id);

    /// @notice `provider` registered with `role` by the registrar `by`.
    event ProviderAdded(address indexed provider, uint8 role, address by);
    /// @notice `provider` may anchor and read no more; what it anchored stands.
    event ProviderRemoved(address indexed provider, address by);
    /// @notice `provider` holds record `record` (its SHA-256) of `patient`, of `category` (a code).
    event RecordAnchored(bytes32 indexed record, address indexed patient, address indexed provider, uint8 category);
    /// @notice `patient` allowed `grantee` to read records held by `holder` (consent `id`).
    event ConsentGranted(
        uint256 indexed id,
        address indexed patient,
        address indexed grantee,
        address holder,
        uint8 categories,
        bytes32 record,
        uint8 purpose,
        uint64 expiresAt
    );
    /// @notice `patient` revoked consent `id`.
    event ConsentRevoked(uint256 indexed id, address indexed patient);
    /// @notice `accessor` read `record` of `patient` held by `holder` under consent
    /// `consentId`, or, with consent zero, by break-glass for emergency `reason` (a code).
    /// `by` logged it.
    event RecordAccessed(
        address indexed patient,
        address indexed accessor,
        bytes32 indexed record,
        address holder,
        uint256 consentId,
        uint16 reason,
        address by
    );

    /// @notice `patient` filed claim `id` with `insurer` for `amountClaimed` won on `records`.
    event ClaimFiled(
        uint256 indexed id, address indexed patient, address indexed insurer, bytes32[] records, uint256 amountClaimed
    );
    /// @notice The insurer decided claim `id`: approved (paid `amountPaid`, `paymentRef` the
    /// hash of its payment reference) or rejected.
    event ClaimDecided(
        uint256 indexed id, address indexed patient, address indexed insurer, bool approved, uint256 amountPaid, bytes32 paymentRef
    );

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param forwarder the city's ERC-2771 forwarder; the admin may replace it.
    /// @param admin receives the admin and registrar roles.
    function initialize(address forwarder, address admin) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(REGISTRAR_ROLE, admin);
    }

    // ---- providers ----

    /// @notice Registers `who` as a provider of `role` (1 hospital, 2 clinic, 3 imaging, 4 insurer).
    /// A removed provider may be registered again, with any role.
    function addProvider(address who, uint8 role) external onlyRole(REGISTRAR_ROLE) {
        if (who == address(0)) revert HealthZeroAddress();
        if (role < ROLE_HOSPITAL || role > ROLE_INSURER) revert HealthBadRole(role);
        HealthStorage storage $ = _s();
        if ($.providers[who].active) revert HealthProviderAlreadyRegistered(who);
        $.providers[who] = Provider({role: role, active: true, since: uint64(block.timestamp)});
        $.providerList.add(who);
        emit ProviderAdded(who, role, _msgSender());
    }

    /// @notice Stops `who` anchoring and reading; its records and the log stand.
    function removeProvider(address who) external onlyRole(REGISTRAR_ROLE) {
        HealthStorage storage $ = _s();
        if (!$.providers[who].active) revert HealthProviderNotRegistered(who);
        $.providers[who].active = false;
        emit ProviderRemoved(who, _msgSender());
    }

    function provider(address who) external view returns (Provider memory) {
        return _s().providers[who];
    }

    /// @notice Every provider ever registered (removed ones included).
    function providers() external view returns (address[] memory) {
        return _s().providerList.values();
    }

    // ---- records ----

    /// @notice The sender (a registered provider, not an insurer) holds `recordHash` of `patient`.
    function anchor(address patient, bytes32 recordHash, uint8 category) external {
        address by = _msgSender();
        _requireHolder(by);
        _anchor(by, patient, recordHash, category);
    }

    /// @notice Anchors many records in one transaction (a records office's day, say).
    function anchorBatch(address[] calldata patients, bytes32[] calldata records, uint8[] calldata categories) external {
        if (patients.length != records.length || records.length != categories.length) {
            revert HealthBatchLengthMismatch(patients.length, records.length, categories.length);
        }
        address by = _msgSender();
        _requireHolder(by);
        for (uint256 i; i < records.length; ++i) {
            _anchor(by, patients[i], records[i], categories[i]);
        }
    }

    /// @notice The record `holder` anchored with `recordHash` (provider zero: none).
    function record(address holder, bytes32 recordHash) external view returns (Record memory) {
        return _find(holder, recordHash);
    }

    // ---- consents (the patient's, gasless through the forwarder) ----

    /// @notice The sender (the patient) allows `grantee` to read their records held by
    /// `holder`: the records of the `categories` mask, or, when `recordHash` is not zero, that
    /// one record of `holder`'s (then `categories` is ignored). For
    /// `purpose` (1 treatment, 2 insurance claim), until `expiresAt`.
    /// @return id the consent's number, counted from 1.
    function grantConsent(
        address grantee,
        address holder,
        uint8 categories,
        bytes32 recordHash,
        uint8 purpose,
        uint64 expiresAt
    ) external returns (uint256 id) {
        address patient = _msgSender();
        HealthStorage storage $ = _s();
        uint8 role = _requireActive(grantee).role;
        if (purpose != PURPOSE_TREATMENT && purpose != PURPOSE_INSURANCE) revert HealthBadPurpose(purpose);
        if ((purpose == PURPOSE_INSURANCE) != (role == ROLE_INSURER)) revert HealthPurposeNotForRole(purpose, grantee, role);
        if (expiresAt <= block.timestamp) revert HealthExpiryInPast(expiresAt, uint64(block.timestamp));
        if (recordHash != bytes32(0)) {
            if (_find(holder, recordHash).patient != patient) revert HealthNotYourRecord(recordHash, patient);
            categories = 0;
        } else {
            _requireActive(holder);
            if (categories == 0 || categories & ~CATEGORY_MASK != 0) revert HealthBadCategories(categories);
        }
        id = ++$.consentCount;
        $.consents[id] = Consent({
            patient: patient,
            categories: categories,
            purpose: purpose,
            expiresAt: expiresAt,
            revokedAt: 0,
            grantee: grantee,
            holder: holder,
            record: recordHash
        });
        $.consentsOf[patient].push(id);
        emit ConsentGranted(id, patient, grantee, holder, categories, recordHash, purpose, expiresAt);
    }

    /// @notice The sender (the consent's patient) withdraws consent `id`, at once.
    function revokeConsent(uint256 id) external {
        Consent storage c = _consent(id);
        address caller = _msgSender();
        if (c.patient != caller) revert HealthNotYourConsent(id, caller);
        if (c.revokedAt != 0) revert HealthConsentRevoked(id, c.revokedAt);
        c.revokedAt = uint64(block.timestamp);
        emit ConsentRevoked(id, caller);
    }

    function consent(uint256 id) external view returns (Consent memory) {
        return _consent(id);
    }

    /// @notice The ids of every consent `patient` granted, revoked and expired ones included.
    function consentsOf(address patient) external view returns (uint256[] memory) {
        return _s().consentsOf[patient];
    }

    function consentCount() external view returns (uint256) {
        return _s().consentCount;
    }

    // ---- access ----

    /// @notice Reverts, with the rule broken, unless `accessor` may read `holder`'s record
    /// `recordHash` now under consent `consentId`. What a holder's gateway asks before
    /// releasing a record.
    function checkAccess(address accessor, address holder, bytes32 recordHash, uint256 consentId) public view {
        _requireActive(accessor);
        Record memory r = _record(holder, recordHash);
        if (consentId == 0) revert HealthNoConsent(recordHash, accessor);
        Consent storage c = _consent(consentId);
        if (c.patient != r.patient || c.grantee != accessor || c.holder != holder) {
            revert HealthConsentNotForAccess(consentId, recordHash, accessor);
        }
        if (c.record == bytes32(0) ? c.categories & (uint8(1) << r.category) == 0 : c.record != recordHash) {
            revert HealthCategoryNotGranted(consentId, recordHash, r.category);
        }
        if (c.revokedAt != 0) revert HealthConsentRevoked(consentId, c.revokedAt);
        if (c.expiresAt <= block.timestamp) revert HealthConsentExpired(consentId, c.expiresAt);
    }

    /// @notice Logs that `accessor` read `holder`'s record `recordHash` under consent
    /// `consentId`, after the same checks as checkAccess. Sent by the accessor itself or by
    /// the holder (whose gateway released it).
    function logAccess(address holder, bytes32 recordHash, address accessor, uint256 consentId) external {
        address by = _msgSender();
        if (by != accessor && by != holder) revert HealthNotPartyToAccess(by);
        checkAccess(accessor, holder, recordHash, consentId);
        emit RecordAccessed(_find(holder, recordHash).patient, accessor, recordHash, holder, consentId, 0, by);
    }

    /// @notice Emergency access without consent by the sender (a care provider) to `holder`'s
    /// record `recordHash`, logged with `reason` (a code, not zero) for the patient to see.
    function breakGlass(address holder, bytes32 recordHash, uint16 reason) external {
        address by = _msgSender();
        uint8 role = _requireActive(by).role;
        if (role == ROLE_INSURER) revert HealthNoEmergencyForRole(by, role);
        if (reason == 0) revert HealthNoReason();
        emit RecordAccessed(_record(holder, recordHash).patient, by, recordHash, holder, 0, reason, by);
    }

    // ---- insurance claims ----

    /// @notice The sender (the patient) files a claim with `insurer` for `amountClaimed` won on
    /// `records`, each readable by the insurer now under the insurance consent of the same
    /// index in `consents` (the checks of checkAccess; the record is the consent's holder's).
    /// Gasless through the forwarder.
    /// @return id the claim's number, counted from 1.
    function fileClaim(address insurer, bytes32[] calldata records, uint256[] calldata consents, uint256 amountClaimed)
        external
        returns (uint256 id)
    {
        address patient = _msgSender();
        uint8 role = _requireActive(insurer).role;
        if (role != ROLE_INSURER) revert HealthNotAnInsurer(insurer, role);
        if (records.length == 0) revert HealthClaimWithoutRecords();
        if (records.length != consents.length) revert HealthClaimLengthMismatch(records.length, consents.length);
        if (amountClaimed == 0) revert HealthZeroAmount();
        HealthStorage storage $ = _s();
        address[] memory holders = new address[](records.length);
        for (uint256 i; i < records.length; ++i) {
            bytes32 h = records[i];
            for (uint256 j; j < i; ++j) {
                if (records[j] == h) revert HealthClaimRecordRepeated(h);
            }
            if (consents[i] == 0) revert HealthNoConsent(h, insurer);
            Consent storage cs = _consent(consents[i]);
            holders[i] = cs.holder;
            if (_record(holders[i], h).patient != patient) revert HealthNotYourRecord(h, patient);
            checkAccess(insurer, holders[i], h, consents[i]);
            if (cs.purpose != PURPOSE_INSURANCE) revert HealthConsentNotForClaim(consents[i], cs.purpose);
        }
        id = ++$.claimCount;
        Claim storage c = $.claims[id];
        c.patient = patient;
        c.status = CLAIM_FILED;
        c.filedAt = uint64(block.timestamp);
        c.insurer = insurer;
        c.amountClaimed = amountClaimed;
        c.records = records;
        c.holders = holders;
        emit ClaimFiled(id, patient, insurer, records, amountClaimed);
    }

    /// @notice The claim's insurer decides claim `id`, once: approved with `amountPaid` (1 up
    /// to the amount claimed) and `paymentRef` (the hash of its payment reference), or
    /// rejected (nothing paid).
    function decideClaim(uint256 id, bool approved, uint256 amountPaid, bytes32 paymentRef) external {
        Claim storage c = _claim(id);
        address caller = _msgSender();
        if (c.insurer != caller) revert HealthNotClaimInsurer(id, caller);
        if (c.status != CLAIM_FILED) revert HealthClaimAlreadyDecided(id, c.decidedAt);
        if (approved != (amountPaid != 0)) revert HealthPaidMismatchesDecision(id, approved, amountPaid);
        if (amountPaid > c.amountClaimed) revert HealthPaidExceedsClaimed(id, amountPaid, c.amountClaimed);
        if (approved && paymentRef == bytes32(0)) revert HealthNoPaymentRef(id);
        c.status = approved ? CLAIM_APPROVED : CLAIM_REJECTED;
        c.decidedAt = uint64(block.timestamp);
        c.amountPaid = amountPaid;
        c.paymentRef = paymentRef;
        emit ClaimDecided(id, c.patient, caller, approved, amountPaid, paymentRef);
    }

    function claim(uint256 id) external view returns (Claim memory) {
        return _claim(id);
    }

    function claimCount() external view returns (uint256) {
        return _s().claimCount;
    }

    // ---- internals ----

    function _anchor(address by, address patient, bytes32 recordHash, uint8 category) private {
        if (patient == address(0)) revert HealthZeroAddress();
        if (recordHash == bytes32(0)) revert HealthZeroHash();
        if (category < CATEGORY_IMAGING || category > CATEGORY_DISCHARGE) revert HealthBadCategory(category);
        HealthStorage storage $ = _s();
        Record storage r = $.held[by][recordHash];
        // Read as slots, not as a copy of the struct: a batch of anchors stays within a block.
        if (r.provider != address(0) || $.records[recordHash].provider == by) revert HealthRecordAlreadyAnchored(recordHash, by);
        r.provider = by;
        r.category = category;
        r.anchoredAt = uint64(block.timestamp);
        r.patient = patient;
        emit RecordAnchored(recordHash, patient, by, category);
    }

    function _requireActive(address who) private view returns (Provider storage p) {
        p = _s().providers[who];
        if (!p.active) revert HealthProviderNotRegistered(who);
    }

    function _requireHolder(address who) private view {
        uint8 role = _requireActive(who).role;
        if (role == ROLE_INSURER) revert HealthRoleCannotAnchor(who, role);
    }

    /// @dev `holder`'s record `recordHash`, or one with provider zero. A record anchored before
    /// records were keyed by holder is still found, under the holder that anchored it.
    function _find(address holder, bytes32 recordHash) private view returns (Record memory r) {
        HealthStorage storage $ = _s();
        r = $.held[holder][recordHash];
        if (r.provider == address(0) && $.records[recordHash].provider == holder && holder != address(0)) {
            r = $.records[recordHash];
        }
    }

    function _record(address holder, bytes32 recordHash) private view returns (Record memory r) {
        r = _find(holder, recordHash);
        if (r.provider == address(0)) revert HealthUnknownRecord(holder, recordHash);
    }

    function _consent(uint256 id) private view returns (Consent storage c) {
        c = _s().consents[id];
        if (c.patient == address(0)) revert HealthUnknownConsent(id);
    }

    function _claim(uint256 id) private view returns (Claim storage c) {
        c = _s().claims[id];
        if (c.patient == address(0)) revert HealthUnknownClaim(id);
    }

    function _s() private pure returns (HealthStorage storage $) {
        // ERC-7201: the only way to point a storage reference at a computed slot.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            $.slot := STORAGE_SLOT
        }
    }

    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
