// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {AccessControlEnumerableUpgradeable} from "@openzeppelin/contracts-upgradeable/access/extensions/AccessControlEnumerableUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {ContextUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/ContextUpgradeable.sol";
import {GovernedForwarderContext} from "../platform/GovernedForwarderContext.sol";

/// @title VehicleRegistry
/// @notice The city's used-car history and EV battery lifecycle register (issue #20): what
/// a buyer at the used-car market needs to trust a car's odometer, accidents and flood
/// damage, and where each EV battery pack went, from the car to second life and recycling.
///
/// Vehicles are keyed by the keccak256 of their VIN (ISO 3779); the VIN itself appears only
/// in the registration event. Recorders, granted a role by the city, append records of their
/// own kinds; a record is never edited: a wrong one is corrected by a later record of the same
/// kind, by the same recorder, that points to it. Record IDs belong to their recorder (the
/// ERC-2771 sender): a record is keyed by (recorder, ID), exactly once, so a recorder's
/// imports can be retried and no one can claim another recorder's ID first. The compact state
/// per vehicle answers at once (odometer, flags, owners, battery); the events hold the full
/// detail, from which the history report is rebuilt.
///
/// Odometer readings. A reading is a fact and is kept, but one recorder must not be able to
/// spoil a car's odometer history for good. So (a) a reading more than `maxKmPerDay` (default
/// 2,000 km a day; beyond a week, a quarter of it a day) above the maximum, counted from the
/// maximum reading's date plus a day, is refused (`VehicleImplausibleReading`); (b) a reading
/// can be voided: by the registry office with a `KIND_VOID_READING` record, at any time; or by
/// its recorder, still holding the role of the record's kind, through a correction of that
/// record within CORRECTION_WINDOW (30 days) of recording it (the correction's own reading, if
/// any, replaces it). Later, or once its role is revoked, a recorder cannot take back a reading
/// another one was judged against: it asks the office, which answers for the void. Each reading
/// takes one storage word in its vehicle's list (its record's word keeps its index, to find it
/// by); a vehicle holds at most MAX_READINGS readings and MAX_READINGS_PER_RECORDER of one
/// recorder, so a void's replay is bounded and no one recorder can fill a car's list. The
/// odometer state is a fold over the vehicle's live (not voided) readings in the order
/// recorded: a reading below the maximum read before it and not dated before the maximum
/// reading is a rollback; a reading above the maximum but dated before the maximum reading
/// makes that later, lower reading a rollback (readings are compared with the maximum, not each
/// with each). Voiding replays the fold over the remaining readings (a storage read each, at
/// most MAX_READINGS; recording stays constant), so the maximum returns to the remaining
/// readings' and a rollback flag only the voided reading caused is cleared, while one against a
/// genuine reading stays.
///
/// Records made before record IDs were keyed by recorder (an upgraded registry) are stored
/// under their raw ID: a record of the same ID, vehicle (or pack) and kind is taken for
/// their re-import and skipped, and a correction may name one. Their readings were not
/// kept one by one: on a vehicle's first reading or void since, its old maximum and last
/// reading are seeded as baseline readings dated on the last reading's date (that can never
/// be voided), and its old rollback flag stays, so no replay drops below what was known.
///
/// On chain: VIN hashes and VINs, record IDs, dates, odometer readings, codes (owner kind,
/// cost band, findings, parts, state of health), document hashes, battery passport codes and
/// numbers, recorders' and second-life operators' addresses. No owner identity, no free text.
///
/// Recorders' back offices send through the city's relayer without gas: they sign an
/// ERC-2771 ForwardRequest with their own key, and the registry, trusting the city's
/// forwarder, records and checks the signer (`_msgSender()`), never the relayer that paid.
/// @dev Behind a CityProxy (UUPS): a car's history must outlive any change of code.
contract VehicleRegistry is GovernedForwarderContext, AccessControlEnumerableUpgradeable, UUPSUpgradeable {
    // ---- roles: one per kind of recorder ----

    /// @notice City staff who set the EV subsidy period (recorders are granted by the admin).
    bytes32 public constant EV_OFFICE_ROLE = keccak256("EV_OFFICE_ROLE");
    /// @notice Vehicle registry offices: registration, transfer, scrapping, export, battery
    /// passports and the first installation of a pack.
    bytes32 public constant REGISTRY_OFFICE_ROLE = keccak256("REGISTRY_OFFICE_ROLE");
    /// @notice Inspection centres: periodic inspections (odometer, findings).
    bytes32 public constant INSPECTOR_ROLE = keccak256("INSPECTOR_ROLE");
    /// @notice Dealers: sale listings with the hash of the 성능·상태점검 record.
    bytes32 public constant DEALER_ROLE = keccak256("DEALER_ROLE");
    /// @notice Insurers: accidents (repair-cost band), floods, total losses.
    bytes32 public constant INSURER_ROLE = keccak256("INSURER_ROLE");
    /// @notice Repair shops: repairs (parts replaced), battery installation and removal.
    bytes32 public constant REPAIRER_ROLE = keccak256("REPAIRER_ROLE");
    /// @notice Battery testers: state-of-health readings.
    bytes32 public constant BATTERY_TESTER_ROLE = keccak256("BATTERY_TESTER_ROLE");
    /// @notice Recyclers: removal from scrapped cars, second life, recycling.
    bytes32 public constant RECYCLER_ROLE = keccak256("RECYCLER_ROLE");

    // ---- record kinds ----
    uint8 public constant KIND_REGISTRATION = 1;
    uint8 public constant KIND_TRANSFER = 2;
    uint8 public constant KIND_SCRAP = 3;
    uint8 public constant KIND_EXPORT = 4;
    uint8 public constant KIND_INSPECTION = 5;
    uint8 public constant KIND_LISTING = 6;
    uint8 public constant KIND_ACCIDENT = 7;
    uint8 public constant KIND_FLOOD = 8;
    uint8 public constant KIND_TOTAL_LOSS = 9;
    uint8 public constant KIND_REPAIR = 10;
    uint8 public constant KIND_BATTERY_INSTALL = 11;
    uint8 public constant KIND_BATTERY_REMOVE = 12;
    uint8 public constant KIND_BATTERY_TEST = 13;
    uint8 public constant KIND_SECOND_LIFE = 14;
    uint8 public constant KIND_RECYCLE = 15;
    /// @notice Voids the odometer reading of record `corrects` of the recorder `ref` (its
    /// address, left-padded); by the registry office only.
    uint8 public constant KIND_VOID_READING = 16;

    // ---- vehicle flags: once raised, they stay ----
    uint8 public constant FLAG_ODOMETER_ROLLBACK = 1;
    uint8 public constant FLAG_FLOOD = 2;
    uint8 public constant FLAG_TOTAL_LOSS = 4;
    uint8 public constant FLAG_SCRAPPED = 8;
    uint8 public constant FLAG_EXPORTED = 16;
    uint8 public constant FLAG_EXPORT_IN_SUBSIDY_PERIOD = 32;

    // ---- battery status ----
    uint8 public constant BATTERY_SPARE = 1; // registered, in no car (new, or removed)
    uint8 public constant BATTERY_INSTALLED = 2;
    uint8 public constant BATTERY_SECOND_LIFE = 3;
    uint8 public constant BATTERY_RECYCLED = 4;

    /// @notice The highest owner-kind code: 1 private, 2 company, 3 rental, 4 dealer stock.
    uint8 public constant MAX_OWNER_KIND = 4;
    /// @notice The highest accident repair-cost band (1: under ₩1M, 2: ₩1–3M, 3: ₩3–5M,
    /// 4: ₩5–10M, 5: over ₩10M).
    uint32 public constant MAX_COST_BAND = 5;
    /// @notice The highest battery chemistry code (1 NCM, 2 NCA, 3 LFP, 4 LMO, 5 LTO, 6 other).
    uint8 public constant MAX_CHEMISTRY = 6;
    /// @notice The highest carbon-footprint performance class (1 A … 5 E).
    uint8 public constant MAX_CARBON_CLASS = 5;
    /// @notice The plausibility bound in force while none is set: km a day over the maximum.
    uint32 public constant DEFAULT_MAX_KM_PER_DAY = 2000;
    /// @notice The span over which the full daily bound applies; beyond it the bound grows by
    /// a quarter of it a day (500 km by default): no car is driven 2,000 km a day for weeks,
    /// so a car last read years ago does not take a jump of millions of km.
    uint64 public constant FULL_RATE_SPAN = 7 days;
    /// @notice How long after recording a reading its recorder may still void it by a
    /// correction; later only the registry office voids it.
    uint64 public constant CORRECTION_WINDOW = 30 days;
    /// @notice The most readings (live or voided) one vehicle keeps: bounds a void's replay.
    uint256 public constant MAX_READINGS = 1000;
    /// @notice The most readings of one recorder on one vehicle: one recorder cannot fill a
    /// car's list (an inspection every two years, a fleet car's monthly service for years).
    uint32 public constant MAX_READINGS_PER_RECORDER = 100;

    /// @notice A vehicle's compact state. `registeredAt` zero: not registered.
    struct Vehicle {
        uint64 registeredAt;
        uint64 subsidyFrom; // start of the EV subsidy's mandatory period; 0: no subsidy
        uint64 lastReadingAt;
        uint32 lastOdometer; // km
        uint32 maxOdometer; // km
        uint16 owners;
        uint16 accidents;
        uint8 ownerKind;
        uint8 flags;
        uint32 records;
        uint64 registeredBlock; // where its history starts: readers filter events from it
        bytes32 battery; // the pack installed now; zero: none
        uint64 maxReadingAt; // the date of the reading holding maxOdometer
    }

    /// @notice One odometer reading, as the fold over a vehicle's readings needs it: one
    /// storage word.
    struct OdometerReading {
        uint32 km;
        uint64 at;
        uint64 recordedAt; // the block's time; zero: a baseline seeded from an older registry
        bool voided;
        bytes11 key; // the first bytes of its record's key (recordKey); zero: a baseline
    }

    /// @dev A vehicle's odometer state, as the fold carries it.
    struct Odometer {
        uint32 maxKm;
        uint64 maxAt;
        uint32 lastKm;
        uint64 lastAt;
        bool rollback;
    }

    /// @notice A battery pack's passport (after EU Regulation 2023/1542): codes and numbers.
    struct Passport {
        uint32 maker; // the city's maker code
        uint8 chemistry; // 1..MAX_CHEMISTRY
        uint32 capacityWh; // rated capacity
        uint64 manufacturedAt;
        uint8 carbonClass; // 1..MAX_CARBON_CLASS
        uint16 recycledCobalt; // recycled content, per mille
        uint16 recycledLithium;
        uint16 recycledNickel;
    }

    /// @notice A battery pack's state. `status` zero: not registered.
    struct Battery {
        Passport passport;
        uint8 status;
        uint16 soh; // last state of health, per mille; 0: never tested
        uint64 testedAt;
        bytes32 vin; // the car it is installed in; zero: none
        address operator; // second-life operator
        uint8 use; // second-life use code (1 energy storage, 2 EV charger buffer, 3 other)
        uint32 lithiumG; // recovered at recycling, grams
        uint32 nickelG;
        uint32 cobaltG;
    }

    /// @notice One record, as recorders submit it.
    struct Record {
        bytes32 id; // unique, exactly once
        bytes32 vin; // the VIN's keccak256; zero only for a test of a pack in no car
        uint8 kind;
        uint64 at; // when it happened (not after the block's time)
        uint32 odometer; // km; 0: not read
        uint32 code; // owner kind, findings, cost band, parts, state of health (per mille)
        bytes32 ref; // a document's hash, or the battery pack's ID
        bytes32 corrects; // the earlier record this one corrects; zero: none
    }

    /// @notice A registration, as registry offices submit it.
    struct Registration {
        bytes32 id;
        string vin;
        uint64 at;
        uint8 ownerKind;
        bool subsidized; // bought with an EV subsidy: its mandatory period starts at `at`
    }

    /// @custom:storage-location erc7201:seoulchain.storage.VehicleRegistry
    struct RegistryStorage {
        mapping(bytes32 vin => Vehicle) vehicles;
        // A record's key, keccak256(recorder, ID), to the first 26 bytes of keccak256(subject,
        // kind) (the subject, VIN hash or pack ID, and kind a correction must match) and, in
        // the last 6, its reading's index in its vehicle's readings plus one (0: none), so
        // a void finds it at no extra storage; zero: no such record. A record made before
        // IDs were keyed by recorder is under its raw ID, with the whole keccak256.
        mapping(bytes32 key => bytes32 subjectKind) records;
        mapping(bytes32 battery => Battery) batteries;
        uint64 subsidyPeriod;
        uint64 vehicleCount;
        uint64 deployedBlock; // the first block with the registry's events
        uint32 maxKmPerDay; // the plausibility bound; 0: DEFAULT_MAX_KM_PER_DAY
        mapping(bytes32 vin => OdometerReading[]) readings;
        mapping(bytes32 vinRecorder => uint32) readingsBy; // keccak256(vin, recorder)
        mapping(bytes32 vin => bool) baselineRollback; // flagged before readings were kept
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.VehicleRegistry")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0x417934a431f332124703d9722e8bec02b15172250b95b7c4ac935fe77f311300;

    /// @notice `vin` is not 17 characters of 0-9 and A-Z without I, O and Q (ISO 3779).
    error VehicleMalformedVin(string vin);
    /// @notice The VIN hashing to `vin` is registered already.
    error VehicleAlreadyRegistered(bytes32 vin);
    /// @notice No vehicle is registered under `vin`.
    error VehicleUnknown(bytes32 vin);
    /// @notice `kind` is not a record kind.
    error VehicleUnknownKind(uint8 kind);
    /// @notice `recorder` holds no role that may record `kind` (`role` is the one that may).
    error VehicleWrongRole(uint8 kind, bytes32 role, address recorder);
    /// @notice A zero record ID.
    error VehicleZeroRecordId();
    /// @notice Record `id` exists already (among the sender's records).
    error VehicleDuplicateRecord(bytes32 id);
    /// @notice A reading of `km` dated `at` is more than `maxKmPerDay` a day above the
    /// vehicle's maximum `maxKm` read on `maxAt`: void the wrong reading, or check this one.
    error VehicleImplausibleReading(uint32 km, uint64 at, uint32 maxKm, uint64 maxAt, uint32 maxKmPerDay);
    /// @notice Record `id` of `recorder` carries no odometer reading of vehicle `vin`.
    error VehicleNoReading(bytes32 vin, address recorder, bytes32 id);
    /// @notice The reading of record `id` of `recorder` is voided already.
    error VehicleReadingVoided(address recorder, bytes32 id);
    /// @notice Record `corrects` was recorded on `recordedAt`, more than CORRECTION_WINDOW
    /// ago: its reading stays; ask the registry office to void it.
    error VehicleCorrectionTooLate(bytes32 corrects, uint64 recordedAt);
    /// @notice The vehicle `vin` holds `limit` readings already (of `recorder`; zero: of all).
    error VehicleTooManyReadings(bytes32 vin, address recorder, uint256 limit);
    /// @notice The vehicle `vin` is scrapped: only its battery may still be removed.
    error VehicleScrapped(bytes32 vin);
    /// @notice Record `id` claims to correct `corrects`, which is no record of the same
    /// vehicle (or pack) and kind.
    error VehicleBadCorrection(bytes32 id, bytes32 corrects);
    /// @notice A record dated `at`: zero, or after the block's time `nowTime`.
    error VehicleBadDate(uint64 at, uint64 nowTime);
    /// @notice `code` is out of range for a record of `kind`.
    error VehicleBadCode(uint8 kind, uint32 code);
    /// @notice A record of `kind` without the odometer reading it must carry.
    error VehicleNoOdometer(uint8 kind);
    /// @notice A record of `kind` without the document hash (or pack ID; for a void, the
    /// reading's recorder's address, left-padded) it must carry.
    error VehicleNoReference(uint8 kind);
    /// @notice An empty batch.
    error VehicleEmptyBatch();
    /// @notice Pack `battery` is registered already.
    error BatteryAlreadyRegistered(bytes32 battery);
    /// @notice No pack is registered as `battery` (or the ID is zero).
    error BatteryUnknown(bytes32 battery);
    /// @notice Passport field number `field` (1 maker … 8 recycled nickel) is out of range.
    error BatteryBadPassport(uint8 field);
    /// @notice Pack `battery` is installed in the vehicle `vin` (not the one named, or it
    /// must be removed first).
    error BatteryInstalledElsewhere(bytes32 battery, bytes32 vin);
    /// @notice Pack `battery` was recycled: it can never be used again.
    error BatteryAlreadyRecycled(bytes32 battery);
    /// @notice Pack `battery` is in second life: it goes to no car again.
    error BatteryInSecondLife(bytes32 battery);
    /// @notice The vehicle `vin` has pack `battery` installed: remove it first.
    error VehicleHasBattery(bytes32 vin, bytes32 battery);
    /// @notice Pack `battery` is not installed in the vehicle `vin`.
    error BatteryNotInstalled(bytes32 battery, bytes32 vin);

    /// @notice The vehicle `vin` (VIN `vinText`) was registered by `recorder` on `at`.
    event Registered(bytes32 indexed vin, bytes32 indexed id, string vinText, address recorder, uint64 at, uint8 ownerKind, bool subsidized);
    /// @notice `recorder` appended record `id` of `kind` to the vehicle `vin` (zero for a pack
    /// tested out of any car). `ref` is a document hash or a pack ID.
    event Recorded(
        bytes32 indexed vin,
        bytes32 indexed id,
        uint8 indexed kind,
        address recorder,
        uint64 at,
        uint32 odometer,
        uint32 code,
        bytes32 ref,
        bytes32 corrects
    );
    /// @notice The reading of record `id` of `recorder` on vehicle `vin` was voided (by the
    /// record `by` of `voidedBy`): it no longer counts towards the odometer state.
    event ReadingVoided(bytes32 indexed vin, address recorder, bytes32 id, address voidedBy, bytes32 by);
    /// @notice Readings above the maximum by more than `kmPerDay` a day are refused.
    event MaxKmPerDaySet(uint32 kmPerDay);
    /// @notice Record `id` was in a batch but existed already: skipped, nothing changed.
    event RecordSkipped(bytes32 indexed id, address indexed recorder);
    /// @notice Pack `battery` was registered with `passport`.
    event BatteryRegistered(bytes32 indexed battery, bytes32 indexed id, address recorder, Passport passport);
    /// @notice Pack `battery` began second life (`use`) with `operator`.
    event BatterySecondLife(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint8 use, address operator);
    /// @notice Pack `battery` was recycled; masses recovered in grams.
    event BatteryRecycled(bytes32 indexed battery, bytes32 indexed id, address recorder, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG);
    /// @notice The EV subsidy's mandatory period is now `period` seconds (for exports judged
    /// from now on).
    event SubsidyPeriodSet(uint64 period);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param forwarder the city's ERC-2771 forwarder, through which recorders' back offices
    /// send without gas; the admin may replace it.
    /// @param admin receives the admin and EV office roles.
    /// @param period the EV subsidy's mandatory period, in seconds (e.g. 2 years).
    function initialize(address forwarder, address admin, uint64 period) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControlEnumerable_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(EV_OFFICE_ROLE, admin);
        RegistryStorage storage s = _store();
        s.subsidyPeriod = period;
        s.deployedBlock = uint64(block.number);
        emit SubsidyPeriodSet(period);
    }

    /// @notice Sets the EV subsidy's mandatory period; exports recorded from now on are judged
    /// against it (flags raised before stay).
    function setSubsidyPeriod(uint64 period) external onlyRole(EV_OFFICE_ROLE) {
        _store().subsidyPeriod = period;
        emit SubsidyPeriodSet(period);
    }

    /// @notice Sets the plausibility bound: a reading more than `kmPerDay` a day above the
    /// maximum (counted from the maximum reading's date, plus one day; beyond FULL_RATE_SPAN,
    /// a quarter of it a day) is refused. Zero: the default, DEFAULT_MAX_KM_PER_DAY.
    function setMaxKmPerDay(uint32 kmPerDay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _store().maxKmPerDay = kmPerDay;
        emit MaxKmPerDaySet(kmPerDay);
    }

    /// @notice The plausibility bound in force, km a day.
    function maxKmPerDay() public view returns (uint32) {
        uint32 k = _store().maxKmPerDay;
        return k == 0 ? DEFAULT_MAX_KM_PER_DAY : k;
    }

    /// @notice The EV subsidy's mandatory period, in seconds.
    function subsidyPeriod() external view returns (uint64) {
        return _store().subsidyPeriod;
    }

    /// @notice The block the registry was set up in: no event of it is older.
    function deployedBlock() external view returns (uint64) {
        return _store().deployedBlock;
    }

    /// @notice How many vehicles were ever registered.
    function vehicleCount() external view returns (uint64) {
        return _store().vehicleCount;
    }

    // ---- vehicles ----

    /// @notice Registers one vehicle (registry office).
    function register(Registration calldata r) external onlyRole(REGISTRY_OFFICE_ROLE) {
        if (!_register(r)) revert VehicleDuplicateRecord(r.id);
    }

    /// @notice Registers vehicles; a registration whose record ID exists is skipped
    /// (`RecordSkipped`), so a retried import registers nothing twice. Any other problem in any
    /// entry refuses the whole batch.
    function registerBatch(Registration[] calldata rs) external onlyRole(REGISTRY_OFFICE_ROLE) {
        if (rs.length == 0) revert VehicleEmptyBatch();
        for (uint256 i = 0; i < rs.length; ++i) {
            if (!_register(rs[i])) emit RecordSkipped(rs[i].id, _msgSender());
        }
    }

    /// @notice Appends one record; a record ID that exists is refused.
    function record(Record calldata r) external {
        if (!_record(r)) revert VehicleDuplicateRecord(r.id);
    }

    /// @notice Appends records in order; one whose ID exists is skipped (`RecordSkipped`),
    /// so a retried import records nothing twice. Any other problem refuses the whole batch.
    function recordBatch(Record[] calldata rs) external {
        if (rs.length == 0) revert VehicleEmptyBatch();
        for (uint256 i = 0; i < rs.length; ++i) {
            if (!_record(rs[i])) emit RecordSkipped(rs[i].id, _msgSender());
        }
    }

    /// @notice The compact state of the vehicle `vin` (registeredAt zero: unknown).
    function vehicle(bytes32 vin) external view returns (Vehicle memory) {
        return _store().vehicles[vin];
    }

    /// @notice Whether `recorder` has recorded `id` (registrations and pack records too).
    function recorded(address recorder, bytes32 id) external view returns (bool) {
        return _store().records[recordKey(recorder, id)] != bytes32(0);
    }

    /// @notice The key of record `id` of `recorder`: record IDs belong to their recorder.
    function recordKey(address recorder, bytes32 id) public pure returns (bytes32) {
        return keccak256(abi.encode(recorder, id));
    }

    /// @notice The vehicle's odometer readings in the order recorded (voided ones marked).
    function readings(bytes32 vin) external view returns (OdometerReading[] memory) {
        return _store().readings[vin];
    }

    /// @notice The keccak256 of a VIN, the key of its vehicle.
    function vinHash(string calldata vin) external pure returns (bytes32) {
        return keccak256(bytes(vin));
    }

    // ---- batteries ----

    /// @notice Registers pack `battery` with its passport (registry office).
    function registerBattery(bytes32 id, bytes32 battery, Passport calldata p) external onlyRole(REGISTRY_OFFICE_ROLE) {
        if (battery == bytes32(0)) revert BatteryUnknown(battery);
        RegistryStorage storage s = _store();
        if (s.batteries[battery].status != 0) revert BatteryAlreadyRegistered(battery);
        _checkPassport(p);
        _mark(s, id, battery, KIND_REGISTRATION, bytes32(0));
        Battery storage b = s.batteries[battery];
        b.passport = p;
        b.status = BATTERY_SPARE;
        emit BatteryRegistered(battery, id, _msgSender(), p);
    }

    /// @notice Pack `battery` begins second life (`use`: 1 energy storage, 2 charger buffer,
    /// 3 other) with `operator` (recycler). It must be out of every car.
    function secondLife(bytes32 id, bytes32 battery, uint64 at, uint8 use, address operator) external onlyRole(RECYCLER_ROLE) {
        RegistryStorage storage s = _store();
        Battery storage b = _outOfCars(s, battery);
        if (b.status == BATTERY_SECOND_LIFE) revert BatteryInSecondLife(battery);
        if (use == 0 || use > 3) revert VehicleBadCode(KIND_SECOND_LIFE, use);
        if (operator == address(0)) revert VehicleNoReference(KIND_SECOND_LIFE);
        _checkDate(at);
        _mark(s, id, battery, KIND_SECOND_LIFE, bytes32(0));
        b.status = BATTERY_SECOND_LIFE;
        b.use = use;
        b.operator = operator;
        emit BatterySecondLife(battery, id, _msgSender(), at, use, operator);
    }

    /// @notice Pack `battery` was recycled, recovering the masses given (grams). It must be out
    /// of every car; a recycled pack is never used again.
    function recycle(bytes32 id, bytes32 battery, uint64 at, uint32 lithiumG, uint32 nickelG, uint32 cobaltG)
        external
        onlyRole(RECYCLER_ROLE)
    {
        RegistryStorage storage s = _store();
        Battery storage b = _outOfCars(s, battery);
        _checkDate(at);
        _mark(s, id, battery, KIND_RECYCLE, bytes32(0));
        b.status = BATTERY_RECYCLED;
        (b.lithiumG, b.nickelG, b.cobaltG) = (lithiumG, nickelG, cobaltG);
        emit BatteryRecycled(battery, id, _msgSender(), at, lithiumG, nickelG, cobaltG);
    }

    /// @notice Pack `id` (status zero: not registered).
    function batteryPack(bytes32 id) external view returns (Battery memory) {
        return _store().batteries[id];
    }

    // ---- rules ----

    function _register(Registration calldata r) private returns (bool) {
        RegistryStorage storage s = _store();
        bytes32 vin = _checkVin(r.vin);
        if (_taken(s, r.id, vin, KIND_REGISTRATION)) return false;
        if (s.vehicles[vin].registeredAt != 0) revert VehicleAlreadyRegistered(vin);
        if (r.ownerKind == 0 || r.ownerKind > MAX_OWNER_KIND) revert VehicleBadCode(KIND_REGISTRATION, r.ownerKind);
        _checkDate(r.at);
        _mark(s, r.id, vin, KIND_REGISTRATION, bytes32(0));
        Vehicle storage v = s.vehicles[vin];
        v.registeredAt = r.at;
        v.subsidyFrom = r.subsidized ? r.at : 0;
        v.owners = 1;
        v.ownerKind = r.ownerKind;
        v.records = 1;
        v.registeredBlock = uint64(block.number);
        ++s.vehicleCount;
        emit Registered(vin, r.id, r.vin, _msgSender(), r.at, r.ownerKind, r.subsidized);
        return true;
    }

    /// @dev Returns false, changing nothing, for a record ID that exists.
    function _record(Record calldata r) private returns (bool) {
        uint8 kind = r.kind;
        _checkRole(kind);
        RegistryStorage storage s = _store();
        if (r.id == bytes32(0)) revert VehicleZeroRecordId();
        bytes32 key = recordKey(_msgSender(), r.id);
        if (_taken(s, r.id, kind == KIND_BATTERY_TEST && r.vin == bytes32(0) ? r.ref : r.vin, kind)) return false;
        _checkDate(r.at);
        if (kind == KIND_BATTERY_TEST && r.vin == bytes32(0)) {
            _testBattery(s, r);
            _mark(s, r.id, r.ref, kind, r.corrects);
            return true;
        }
        Vehicle storage v = s.vehicles[r.vin];
        if (v.registeredAt == 0) revert VehicleUnknown(r.vin);
        if (v.flags & FLAG_SCRAPPED != 0 && kind != KIND_BATTERY_REMOVE) revert VehicleScrapped(r.vin);
        bool counts = r.corrects == bytes32(0); // a correction does not count an event twice
        if (kind == KIND_VOID_READING) {
            // The record voided may be another recorder's: `ref` names it, `corrects` its ID.
            // _checkRole let the registry office only.
            if (uint256(r.ref) >> 160 != 0) revert VehicleNoReference(kind);
            if (r.odometer != 0) revert VehicleBadCode(kind, r.odometer);
            _mark(s, r.id, r.vin, kind, bytes32(0));
            _void(s, v, r.vin, address(uint160(uint256(r.ref))), r.corrects, r.id);
        } else {
            _mark(s, r.id, r.vin, kind, r.corrects);
            // A recorder's correction supersedes its record's reading (within the window).
            if (!counts) _void(s, v, r.vin, _msgSender(), r.corrects, bytes32(0));
        }
        if (r.odometer != 0) _read(s, v, key, r);
        if (kind == KIND_TRANSFER) {
            if (r.code == 0 || r.code > MAX_OWNER_KIND) revert VehicleBadCode(kind, r.code);
            v.ownerKind = uint8(r.code);
            if (counts) ++v.owners;
        } else if (kind == KIND_SCRAP) {
            v.flags |= FLAG_SCRAPPED;
        } else if (kind == KIND_EXPORT) {
            v.flags |= FLAG_EXPORTED;
            if (v.subsidyFrom != 0 && r.at < v.subsidyFrom + s.subsidyPeriod) v.flags |= FLAG_EXPORT_IN_SUBSIDY_PERIOD;
        } else if (kind == KIND_INSPECTION) {
            if (r.odometer == 0) revert VehicleNoOdometer(kind);
        } else if (kind == KIND_LISTING) {
            if (r.odometer == 0) revert VehicleNoOdometer(kind);
            if (r.ref == bytes32(0)) revert VehicleNoReference(kind);
        } else if (kind == KIND_ACCIDENT) {
            if (r.code == 0 || r.code > MAX_COST_BAND) revert VehicleBadCode(kind, r.code);
            if (counts) ++v.accidents;
        } else if (kind == KIND_FLOOD) {
            v.flags |= FLAG_FLOOD;
        } else if (kind == KIND_TOTAL_LOSS) {
            v.flags |= FLAG_TOTAL_LOSS;
        } else if (kind == KIND_REPAIR) {
            if (r.code == 0) revert VehicleBadCode(kind, r.code);
        } else if (kind == KIND_BATTERY_INSTALL) {
            _install(s, v, r);
        } else if (kind == KIND_BATTERY_REMOVE) {
            Battery storage b = s.batteries[r.ref];
            if (v.battery != r.ref || r.ref == bytes32(0)) revert BatteryNotInstalled(r.ref, r.vin);
            v.battery = bytes32(0);
            b.vin = bytes32(0);
            b.status = BATTERY_SPARE;
        } else if (kind == KIND_BATTERY_TEST) {
            // of the pack in this car
            if (v.battery != r.ref || r.ref == bytes32(0)) revert BatteryNotInstalled(r.ref, r.vin);
            _testBattery(s, r);
        }
        ++v.records;
        emit Recorded(r.vin, r.id, kind, _msgSender(), r.at, r.odometer, r.code, r.ref, r.corrects);
        return true;
    }

    /// @dev Appends reading `r` (record `key`) after the plausibility check, and folds it in.
    function _read(RegistryStorage storage s, Vehicle storage v, bytes32 key, Record calldata r) private {
        OdometerReading[] storage rs = _seeded(s, v, r.vin);
        if (rs.length >= MAX_READINGS) revert VehicleTooManyReadings(r.vin, address(0), MAX_READINGS);
        bytes32 by = keccak256(abi.encode(r.vin, _msgSender()));
        uint32 mine = s.readingsBy[by];
        if (mine >= MAX_READINGS_PER_RECORDER) revert VehicleTooManyReadings(r.vin, _msgSender(), MAX_READINGS_PER_RECORDER);
        if (v.maxOdometer != 0 && r.odometer > v.maxOdometer) {
            uint256 elapsed = r.at > v.maxReadingAt ? r.at - v.maxReadingAt : 0;
            uint256 full = elapsed < FULL_RATE_SPAN ? elapsed : FULL_RATE_SPAN;
            uint256 perDay = maxKmPerDay();
            uint256 allowed = uint256(v.maxOdometer) + (perDay * (full + 1 days) + (perDay / 4) * (elapsed - full)) / 1 days;
            if (r.odometer > allowed) {
                revert VehicleImplausibleReading(r.odometer, r.at, v.maxOdometer, v.maxReadingAt, maxKmPerDay());
            }
        }
        rs.push(OdometerReading({km: r.odometer, at: r.at, recordedAt: uint64(block.timestamp), voided: false, key: bytes11(key)}));
        s.records[key] |= bytes32(rs.length); // the index, in the word _mark wrote
        s.readingsBy[by] = mine + 1;
        Odometer memory o = _odometer(v);
        _fold(o, r.odometer, r.at);
        _setOdometer(v, o);
    }

    /// @dev The odometer fold, one live reading at a time (see the contract's notice).
    /// In memory, so that a void's replay costs a storage read per reading, not writes.
    function _fold(Odometer memory o, uint32 km, uint64 at) private pure {
        if (km < o.maxKm) {
            if (at >= o.maxAt) o.rollback = true;
        } else {
            if (km > o.maxKm && at < o.maxAt) o.rollback = true;
            (o.maxKm, o.maxAt) = (km, at);
        }
        if (at >= o.lastAt) (o.lastKm, o.lastAt) = (km, at);
    }

    function _odometer(Vehicle storage v) private view returns (Odometer memory) {
        return Odometer({
            maxKm: v.maxOdometer,
            maxAt: v.maxReadingAt,
            lastKm: v.lastOdometer,
            lastAt: v.lastReadingAt,
            rollback: v.flags & FLAG_ODOMETER_ROLLBACK != 0
        });
    }

    function _setOdometer(Vehicle storage v, Odometer memory o) private {
        (v.maxOdometer, v.maxReadingAt) = (o.maxKm, o.maxAt);
        (v.lastOdometer, v.lastReadingAt) = (o.lastKm, o.lastAt);
        if (o.rollback) v.flags |= FLAG_ODOMETER_ROLLBACK;
        else v.flags &= ~FLAG_ODOMETER_ROLLBACK;
    }

    /// @dev Voids the reading of record `id` of `recorder` on vehicle `vin` and replays the
    /// fold over the remaining readings. `by` zero: a correction by the recorder, where a
    /// record without a live reading is no error (it had none, or it was voided already).
    /// A correction may void only within CORRECTION_WINDOW of the reading's recording.
    function _void(RegistryStorage storage s, Vehicle storage v, bytes32 vin, address recorder, bytes32 id, bytes32 by) private {
        bytes32 key = recordKey(recorder, id);
        uint256 i = uint48(uint256(s.records[key]));
        OdometerReading[] storage rs = s.readings[vin];
        if (i == 0 || i > rs.length || rs[i - 1].key != bytes11(key)) {
            if (by == bytes32(0)) return;
            revert VehicleNoReading(vin, recorder, id);
        }
        OdometerReading storage x = rs[i - 1];
        if (x.voided) {
            if (by == bytes32(0)) return;
            revert VehicleReadingVoided(recorder, id);
        }
        if (by == bytes32(0) && block.timestamp > x.recordedAt + CORRECTION_WINDOW) {
            revert VehicleCorrectionTooLate(id, x.recordedAt);
        }
        x.voided = true;
        Odometer memory o;
        o.rollback = s.baselineRollback[vin];
        for (uint256 j = 0; j < rs.length; ++j) {
            OdometerReading memory y = rs[j];
            if (!y.voided) _fold(o, y.km, y.at);
        }
        _setOdometer(v, o);
        emit ReadingVoided(vin, recorder, id, _msgSender(), by);
    }

    /// @dev The vehicle's readings, seeded first, if it was read before readings were kept
    /// one by one (an upgraded registry), with baseline readings no void can touch: its old
    /// maximum and, if lower, its last reading, both dated on the last reading's date (the
    /// maximum's own was not kept), and its old rollback flag, which then stays.
    function _seeded(RegistryStorage storage s, Vehicle storage v, bytes32 vin) private returns (OdometerReading[] storage rs) {
        rs = s.readings[vin];
        if (rs.length != 0 || v.maxOdometer == 0) return rs;
        uint64 at = v.lastReadingAt;
        rs.push(OdometerReading({km: v.maxOdometer, at: at, recordedAt: 0, voided: false, key: bytes11(0)}));
        if (v.lastOdometer != v.maxOdometer) {
            rs.push(OdometerReading({km: v.lastOdometer, at: at, recordedAt: 0, voided: false, key: bytes11(0)}));
        }
        if (v.flags & FLAG_ODOMETER_ROLLBACK != 0) s.baselineRollback[vin] = true;
        v.maxReadingAt = at;
    }

    function _install(RegistryStorage storage s, Vehicle storage v, Record calldata r) private {
        Battery storage b = s.batteries[r.ref];
        if (b.status == 0) revert BatteryUnknown(r.ref);
        if (b.status == BATTERY_RECYCLED) revert BatteryAlreadyRecycled(r.ref);
        if (b.status == BATTERY_SECOND_LIFE) revert BatteryInSecondLife(r.ref);
        if (b.status == BATTERY_INSTALLED) revert BatteryInstalledElsewhere(r.ref, b.vin);
        if (v.battery != bytes32(0)) revert VehicleHasBattery(r.vin, v.battery);
        v.battery = r.ref;
        b.vin = r.vin;
        b.status = BATTERY_INSTALLED;
    }

    function _testBattery(RegistryStorage storage s, Record calldata r) private {
        Battery storage b = s.batteries[r.ref];
        if (b.status == 0) revert BatteryUnknown(r.ref);
        if (b.status == BATTERY_RECYCLED) revert BatteryAlreadyRecycled(r.ref);
        if (b.status == BATTERY_INSTALLED && b.vin != r.vin) revert BatteryInstalledElsewhere(r.ref, b.vin);
        if (r.code == 0 || r.code > 1000) revert VehicleBadCode(KIND_BATTERY_TEST, r.code);
        b.soh = uint16(r.code);
        b.testedAt = r.at;
        if (r.vin == bytes32(0)) emit Recorded(bytes32(0), r.id, KIND_BATTERY_TEST, _msgSender(), r.at, 0, r.code, r.ref, r.corrects);
    }

    /// @dev The registered pack `battery`, neither installed nor recycled.
    function _outOfCars(RegistryStorage storage s, bytes32 battery) private view returns (Battery storage b) {
        b = s.batteries[battery];
        if (b.status == 0) revert BatteryUnknown(battery);
        if (b.status == BATTERY_RECYCLED) revert BatteryAlreadyRecycled(battery);
        if (b.status == BATTERY_INSTALLED) revert BatteryInstalledElsewhere(battery, b.vin);
    }

    /// @dev Claims record `id` of the sender for (subject, kind); a correction must name an
    /// earlier record of the same subject and kind, of the same recorder (the sender).
    function _mark(RegistryStorage storage s, bytes32 id, bytes32 subject, uint8 kind, bytes32 corrects) private {
        if (id == bytes32(0)) revert VehicleZeroRecordId();
        bytes32 key = recordKey(_msgSender(), id);
        if (s.records[key] != bytes32(0)) revert VehicleDuplicateRecord(id);
        bytes32 subjectKind = keccak256(abi.encode(subject, kind));
        if (corrects != bytes32(0)) {
            bytes32 mine = s.records[recordKey(_msgSender(), corrects)];
            if (bytes26(mine) != bytes26(subjectKind) && (mine != bytes32(0) || s.records[corrects] != subjectKind)) {
                revert VehicleBadCorrection(id, corrects);
            }
        }
        s.records[key] = bytes26(subjectKind);
    }

    /// @dev Whether the sender's record `id` exists (a retried import: skip it): under its
    /// key, or, made before record IDs were keyed by recorder, under the raw ID, whose
    /// recorder was not kept: the same ID for the same subject and kind is taken for the
    /// same record, re-imported.
    function _taken(RegistryStorage storage s, bytes32 id, bytes32 subject, uint8 kind) private view returns (bool) {
        return s.records[recordKey(_msgSender(), id)] != bytes32(0) || s.records[id] == keccak256(abi.encode(subject, kind));
    }

    function _checkRole(uint8 kind) private view {
        bytes32 role;
        if (kind == KIND_TRANSFER || kind == KIND_SCRAP || kind == KIND_EXPORT) role = REGISTRY_OFFICE_ROLE;
        else if (kind == KIND_INSPECTION) role = INSPECTOR_ROLE;
        else if (kind == KIND_LISTING) role = DEALER_ROLE;
        else if (kind == KIND_ACCIDENT || kind == KIND_FLOOD || kind == KIND_TOTAL_LOSS) role = INSURER_ROLE;
        else if (kind == KIND_REPAIR) role = REPAIRER_ROLE;
        else if (kind == KIND_BATTERY_INSTALL) {
            // A new car's pack is installed by the registry office, a replacement by a shop.
            if (hasRole(REGISTRY_OFFICE_ROLE, _msgSender())) return;
            role = REPAIRER_ROLE;
        } else if (kind == KIND_BATTERY_REMOVE) {
            // A recycler removes the pack of a scrapped car.
            if (hasRole(RECYCLER_ROLE, _msgSender())) return;
            role = REPAIRER_ROLE;
        } else if (kind == KIND_BATTERY_TEST) role = BATTERY_TESTER_ROLE;
        else if (kind == KIND_VOID_READING) role = REGISTRY_OFFICE_ROLE;
        else revert VehicleUnknownKind(kind);
        if (!hasRole(role, _msgSender())) revert VehicleWrongRole(kind, role, _msgSender());
    }

    function _checkDate(uint64 at) private view {
        if (at == 0 || at > block.timestamp) revert VehicleBadDate(at, uint64(block.timestamp));
    }

    /// @dev ISO 3779: 17 characters of 0-9 and A-Z but I, O and Q. The check digit is checked
    /// off chain (it applies to North American VINs only).
    function _checkVin(string calldata vin) private pure returns (bytes32) {
        bytes calldata b = bytes(vin);
        if (b.length != 17) revert VehicleMalformedVin(vin);
        for (uint256 i = 0; i < 17; ++i) {
            bytes1 c = b[i];
            bool digit = c >= "0" && c <= "9";
            bool letter = c >= "A" && c <= "Z" && c != "I" && c != "O" && c != "Q";
            if (!digit && !letter) revert VehicleMalformedVin(vin);
        }
        return keccak256(b);
    }

    function _checkPassport(Passport calldata p) private view {
        if (p.maker == 0) revert BatteryBadPassport(1);
        if (p.chemistry == 0 || p.chemistry > MAX_CHEMISTRY) revert BatteryBadPassport(2);
        if (p.capacityWh == 0) revert BatteryBadPassport(3);
        if (p.manufacturedAt == 0 || p.manufacturedAt > block.timestamp) revert BatteryBadPassport(4);
        if (p.carbonClass == 0 || p.carbonClass > MAX_CARBON_CLASS) revert BatteryBadPassport(5);
        if (p.recycledCobalt > 1000) revert BatteryBadPassport(6);
        if (p.recycledLithium > 1000) revert BatteryBadPassport(7);
        if (p.recycledNickel > 1000) revert BatteryBadPassport(8);
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

    // ---- the enumerable roles (`recorder list`) over the forwarder's AccessControl ----

    function supportsInterface(bytes4 interfaceId)
        public
        view
        override(AccessControlUpgradeable, AccessControlEnumerableUpgradeable)
        returns (bool)
    {
        return AccessControlEnumerableUpgradeable.supportsInterface(interfaceId);
    }

    function _grantRole(bytes32 role, address account)
        internal
        override(AccessControlUpgradeable, AccessControlEnumerableUpgradeable)
        returns (bool)
    {
        return AccessControlEnumerableUpgradeable._grantRole(role, account);
    }

    function _revokeRole(bytes32 role, address account)
        internal
        override(AccessControlUpgradeable, AccessControlEnumerableUpgradeable)
        returns (bool)
    {
        return AccessControlEnumerableUpgradeable._revokeRole(role, account);
    }

    // ---- ERC-2771: the recorder is the request's signer, not the relayer ----

    function _msgSender() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (address) {
        return GovernedForwarderContext._msgSender();
    }

    function _msgData() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (bytes calldata) {
        return GovernedForwarderContext._msgData();
    }

    function _contextSuffixLength() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (uint256) {
        return GovernedForwarderContext._contextSuffixLength();
    }
}
