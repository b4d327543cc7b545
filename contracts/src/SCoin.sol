// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {PausableUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/PausableUpgradeable.sol";
import {ContextUpgradeable} from "@openzeppelin/contracts-upgradeable/utils/ContextUpgradeable.sol";
import {GovernedForwarderContext} from "./platform/GovernedForwarderContext.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title SCoin
/// @notice S-Coin, the city's integrated citizen mileage: eco, car, e-tax, health and survey
/// mileage programs credit one balance per citizen (1 S-Coin = 1 KRW, no decimals), which
/// citizens spend at registered Zero Pay merchants; merchants redeem points for KRW
/// settlement. Citizens act through the city's ERC-2771 forwarder and never pay gas.
///
/// Points expire `VALIDITY_PERIOD` after the end of the epoch (of `EPOCH_LENGTH`) in which they
/// were credited, so they always live at least `VALIDITY_PERIOD`. As in ERC-7818, a citizen's
/// points are kept in epoch buckets, which bounds the gas of a spend however many credits the
/// citizen received: four epochs share one storage slot, and the slots form a ring of
/// `RING_SIZE` per citizen that is reused once its points have expired. A merchant's balance is
/// a plain balance that does not expire: the city owes the merchant for goods sold.
///
/// Expired points leave `balanceOf` at once but stay in `totalSupply` until swept (by any
/// later spend, credit into the same slot, recovery, or `sweep`), which emits `Expired`.
///
/// A pause stops what moves value (credits, spends, redemptions, recovery execution) while
/// an incident is handled; it does not stop expiry. Points carry a fixed expiry date of
/// calendar time, which keeps running during a pause, and `sweep`, which moves no value,
/// still works while paused.
///
/// A record ID belongs to the issuer that credits it: records are keyed by (program, issuer,
/// record ID), so two issuers of one program may use overlapping numbering and neither can
/// claim the other's records.
///
/// Lost phone: an officer requests the move of a citizen's points to a new address; the old
/// address may cancel it during the delay, but a self-cancel freezes the account's spending
/// until an officer unfreezes it or requests a new recovery and it executes, so that a thief
/// holding the phone cannot cancel and then spend at once.
///
/// It lives behind a proxy (UUPS) that the admin (the city council) upgrades through the
/// council's delay. The expiry periods are immutables of the implementation, not storage:
/// they are read on every balance scan, and they can never change without corrupting the
/// buckets, so an upgrade to an implementation built with other periods is refused.
contract SCoin is GovernedForwarderContext, PausableUpgradeable, UUPSUpgradeable {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Adds mileage programs, sets their budgets, issuers and active flag.
    bytes32 public constant PROGRAM_MANAGER_ROLE = keccak256("PROGRAM_MANAGER_ROLE");
    /// @notice Registers and removes Zero Pay merchants.
    bytes32 public constant MERCHANT_MANAGER_ROLE = keccak256("MERCHANT_MANAGER_ROLE");
    /// @notice Requests the move of a citizen's balance to a new address (lost phone).
    bytes32 public constant RECOVERY_OFFICER_ROLE = keccak256("RECOVERY_OFFICER_ROLE");
    /// @notice Pauses and unpauses credits, spends, redemptions and recovery execution.
    bytes32 public constant PAUSER_ROLE = keccak256("PAUSER_ROLE");

    /// @notice The recovery delay at deployment: 72 hours.
    uint64 public constant DEFAULT_RECOVERY_DELAY = 72 hours;
    /// @notice The shortest recovery delay the admin may set: a citizen has at least a day to
    /// cancel a move of their balance they did not ask for.
    uint64 public constant MIN_RECOVERY_DELAY = 24 hours;

    // A bucket slot: four 48-bit epoch amounts (lane i is epoch 4*group+i) under a 64-bit tag
    // holding group+1, so that an empty slot is zero.
    uint256 private constant LANES = 4;
    uint256 private constant LANE_BITS = 48;
    uint256 private constant LANE_MASK = (1 << LANE_BITS) - 1;
    uint256 private constant TAG_SHIFT = 192;
    uint256 private constant AMOUNTS_MASK = (1 << TAG_SHIFT) - 1;

    /// @notice The largest amount one citizen can hold from one epoch (2^48 - 1, about
    /// 281 trillion won); a larger credit is refused rather than wrapped.
    uint256 public constant MAX_EPOCH_AMOUNT = LANE_MASK;

    /// @notice Seconds per expiry epoch.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    uint256 public immutable EPOCH_LENGTH;
    /// @notice Seconds points stay valid after the end of the epoch they were credited in.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    uint256 public immutable VALIDITY_PERIOD;
    /// @notice Bucket slots per citizen; enough that a reused slot's points have all expired.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    uint256 public immutable RING_SIZE;

    struct Program {
        string name;
        uint256 remainingBudget;
        uint256 issued;
        bool active;
    }

    struct Merchant {
        string name;
        bool active;
    }

    /// @notice One entry of a batch credit.
    struct Credit {
        address citizen;
        uint64 recordId;
        uint256 amount;
    }

    struct Recovery {
        address to;
        uint64 executeAfter;
    }

    error SCoinZeroAmount();
    error SCoinZeroAddress();
    error SCoinEmptyName();
    error SCoinEmptyBatch();
    error SCoinEmptyReference();
    error SCoinUnknownProgram(uint32 programId);
    error SCoinProgramInactive(uint32 programId);
    error SCoinNotIssuer(uint32 programId, address account);
    error SCoinBudgetExceeded(uint32 programId, uint256 requested, uint256 remaining);
    /// @notice `updateProgram` was given a budget the program no longer has: somebody credited
    /// or changed it since it was read. Read it again and retry.
    error SCoinBudgetChanged(uint32 programId, uint256 expected, uint256 actual);
    error SCoinRecordAlreadyCredited(uint32 programId, address issuer, uint64 recordId);
    error SCoinEpochAmountTooLarge(address citizen, uint256 amount);
    error SCoinCreditToMerchant(address merchant);
    error SCoinNotMerchant(address account);
    error SCoinMerchantInactive(address merchant);
    error SCoinMerchantCannotSpend(address merchant);
    error SCoinCitizenHasPoints(address account);
    error SCoinInsufficientBalance(address citizen, uint256 balance, uint256 needed);
    error SCoinSettlementReferenceUsed(address merchant, string settlementReference);
    error SCoinPaymentReferenceUsed(address citizen, string paymentReference);
    error SCoinRecoveryPending(address citizen, address to, uint64 executeAfter);
    error SCoinNoRecovery(address citizen);
    error SCoinRecoveryTooEarly(address citizen, uint64 executeAfter);
    error SCoinBadRecovery(address from, address to);
    error SCoinNotRecoveryParty(address account);
    error SCoinBadPeriod(uint256 epochLength, uint256 validityPeriod);
    /// @notice An upgrade to an implementation with other expiry periods: the buckets would
    /// be read with the wrong epochs.
    error SCoinUpgradeChangesPeriod(
        uint256 epochLength, uint256 validityPeriod, uint256 newEpochLength, uint256 newValidityPeriod
    );
    /// @notice `setRecoveryDelay` below `MIN_RECOVERY_DELAY`.
    error SCoinRecoveryDelayTooShort(uint64 delay, uint64 minimum);
    /// @notice The account cancelled a recovery itself; an officer must unfreeze it (or
    /// recover its points) before it spends again.
    error SCoinAccountFrozen(address account);
    /// @notice `unfreeze` of an account that is not frozen.
    error SCoinNotFrozen(address account);
    /// @notice The recovery's new address became a merchant during the delay: its points
    /// would vanish from every balance. Cancel and request a recovery to another address.
    error SCoinRecoveryToMerchant(address from, address to);

    /// @notice ERC-20: points move from `from` to `to` (from 0: credited; to 0: redeemed).
    event Transfer(address indexed from, address indexed to, uint256 value);
    event ProgramAdded(uint32 indexed programId, string name, uint256 budget);
    event ProgramUpdated(uint32 indexed programId, string name, bool active, uint256 remainingBudget);
    event ProgramIssuer(uint32 indexed programId, address indexed account, bool issuer);
    /// @notice `amount` credited to `citizen` by the program for `issuer`'s record.
    event Credited(
        uint32 indexed programId, address indexed citizen, address indexed issuer, uint64 recordId, uint256 amount
    );
    /// @notice A batch entry whose record `issuer` had already credited: nothing credited for it.
    event CreditSkipped(uint32 indexed programId, address indexed issuer, uint64 recordId);
    event MerchantAdded(address indexed merchant, string name);
    event MerchantRemoved(address indexed merchant);
    /// @notice A payment with the citizen's reference (an order or receipt number).
    event Paid(address indexed citizen, address indexed merchant, uint256 amount, string paymentReference);
    /// @notice Points burned for the city treasury to pay the merchant KRW.
    event Redeemed(address indexed merchant, uint256 amount, string settlementReference);
    /// @notice Expired points of `account` removed from `totalSupply`.
    event Expired(address indexed account, uint256 amount);
    event RecoveryRequested(address indexed from, address indexed to, uint64 executeAfter);
    event RecoveryCancelled(address indexed from, address indexed to, address by);
    event RecoveryExecuted(address indexed from, address indexed to, uint256 amount);
    event RecoveryDelaySet(uint64 delay);
    /// @notice `account` cancelled its own recovery: it cannot spend until an officer decides.
    event AccountFrozen(address indexed account);
    /// @notice An officer (`by`), or the execution of a recovery, let `account` spend again.
    event AccountUnfrozen(address indexed account, address by);

    uint256 private _totalSupply;
    Program[] private _programs; // program id = index + 1
    mapping(uint32 => EnumerableSet.AddressSet) private _issuers;
    // program => issuer => record id / 256 => bit per record: sequential record ids share a
    // slot, which is what makes a batch of new records cheap.
    mapping(uint32 => mapping(address => mapping(uint256 => uint256))) private _seen;
    mapping(address => mapping(uint256 => uint256)) private _buckets; // citizen => ring slot
    mapping(address => Merchant) private _merchants;
    EnumerableSet.AddressSet private _merchantSet; // every address ever registered
    mapping(address => uint256) private _merchantBalance;
    mapping(bytes32 => bool) private _usedReference;
    mapping(address => Recovery) private _recovery;
    mapping(address => bool) private _frozen;
    uint64 public recoveryDelay;

    /// @param epochLength seconds per expiry epoch (the precision of expiry).
    /// @param validityPeriod seconds points live after the end of their epoch.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(uint256 epochLength, uint256 validityPeriod) {
        if (epochLength == 0 || validityPeriod == 0 || validityPeriod / epochLength > 1000) {
            revert SCoinBadPeriod(epochLength, validityPeriod);
        }
        EPOCH_LENGTH = epochLength;
        VALIDITY_PERIOD = validityPeriod;
        // Live epochs span at most validityPeriod/epochLength + 2 epochs, so at most that / 4 + 2
        // groups; one more makes a reused slot's points certainly expired.
        RING_SIZE = validityPeriod / epochLength / LANES + 3;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param forwarder the city's ERC-2771 forwarder; the admin may replace it.
    /// @param admin receives every role; it grants them to the city's staff and may then
    /// renounce its own.
    function initialize(address forwarder, address admin) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __Pausable_init();
        __UUPSUpgradeable_init();
        recoveryDelay = DEFAULT_RECOVERY_DELAY;
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(PROGRAM_MANAGER_ROLE, admin);
        _grantRole(MERCHANT_MANAGER_ROLE, admin);
        _grantRole(RECOVERY_OFFICER_ROLE, admin);
        _grantRole(PAUSER_ROLE, admin);
    }

    // ---- ERC-20 view surface ----

    function name() external pure returns (string memory) {
        return "S-Coin";
    }

    function symbol() external pure returns (string memory) {
        return "SCOIN";
    }

    /// @notice 1 S-Coin is 1 won; the won has no minor unit in use.
    function decimals() external pure returns (uint8) {
        return 0;
    }

    /// @notice Every point not yet redeemed or swept, expired-but-unswept points included.
    function totalSupply() external view returns (uint256) {
        return _totalSupply;
    }

    /// @notice A merchant's balance, or a citizen's unexpired points.
    function balanceOf(address account) public view returns (uint256) {
        if (_merchantSet.contains(account)) return _merchantBalance[account];
        (uint256 live,) = _scan(account);
        return live;
    }

    /// @notice A citizen's points that have expired but are still counted in `totalSupply`.
    function expiredOf(address account) external view returns (uint256) {
        (, uint256 expired) = _scan(account);
        return expired;
    }

    /// @notice A citizen's unexpired points by expiry time, soonest first.
    function expiringOf(address account) external view returns (uint64[] memory expiresAt, uint256[] memory amounts) {
        uint256 nowEpoch = block.timestamp / EPOCH_LENGTH;
        uint256 first = _firstLiveEpoch();
        uint256 n;
        for (uint256 e = first; e <= nowEpoch; ++e) {
            if (_epochAmount(account, e) != 0) ++n;
        }
        expiresAt = new uint64[](n);
        amounts = new uint256[](n);
        uint256 k;
        for (uint256 e = first; e <= nowEpoch; ++e) {
            uint256 a = _epochAmount(account, e);
            if (a == 0) continue;
            expiresAt[k] = uint64((e + 1) * EPOCH_LENGTH + VALIDITY_PERIOD);
            amounts[k] = a;
            ++k;
        }
    }

    /// @notice ERC-20 transfer: a citizen paying a registered, active merchant.
    function transfer(address to, uint256 amount) external whenNotPaused returns (bool) {
        _pay(_msgSender(), to, amount);
        return true;
    }

    /// @notice Pays `merchant` with the citizen's `paymentReference` (an order or receipt
    /// number), at most once per citizen and reference, so that a retried payment pays once.
    function pay(address merchant, uint256 amount, string calldata paymentReference) external whenNotPaused {
        address citizen = _msgSender();
        if (bytes(paymentReference).length == 0) revert SCoinEmptyReference();
        bytes32 key = keccak256(abi.encode("pay", citizen, paymentReference));
        if (_usedReference[key]) revert SCoinPaymentReferenceUsed(citizen, paymentReference);
        _usedReference[key] = true;
        _pay(citizen, merchant, amount);
        emit Paid(citizen, merchant, amount, paymentReference);
    }

    /// @notice Whether `citizen` has paid with `paymentReference`.
    function paymentMade(address citizen, string calldata paymentReference) external view returns (bool) {
        return _usedReference[keccak256(abi.encode("pay", citizen, paymentReference))];
    }

    // ---- programs ----

    /// @notice Registers a mileage program with its budget and issuers; returns its id.
    function addProgram(string calldata programName, uint256 budget, address[] calldata issuers)
        external
        onlyRole(PROGRAM_MANAGER_ROLE)
        returns (uint32 programId)
    {
        if (bytes(programName).length == 0) revert SCoinEmptyName();
        _programs.push(Program({name: programName, remainingBudget: budget, issued: 0, active: true}));
        programId = uint32(_programs.length);
        emit ProgramAdded(programId, programName, budget);
        for (uint256 i = 0; i < issuers.length; ++i) {
            _setIssuer(programId, issuers[i], true);
        }
    }

    /// @notice Changes a program in one step. The budget changes only if it is still
    /// `expectedBudget`, so that a credit landing between read and write is not undone.
    function updateProgram(
        uint32 programId,
        string calldata programName,
        bool active,
        uint256 expectedBudget,
        uint256 newBudget,
        address[] calldata addIssuers,
        address[] calldata removeIssuers
    ) external onlyRole(PROGRAM_MANAGER_ROLE) {
        Program storage p = _program(programId);
        if (bytes(programName).length == 0) revert SCoinEmptyName();
        if (p.remainingBudget != expectedBudget) revert SCoinBudgetChanged(programId, expectedBudget, p.remainingBudget);
        p.name = programName;
        p.active = active;
        p.remainingBudget = newBudget;
        emit ProgramUpdated(programId, programName, active, newBudget);
        for (uint256 i = 0; i < addIssuers.length; ++i) {
            _setIssuer(programId, addIssuers[i], true);
        }
        for (uint256 i = 0; i < removeIssuers.length; ++i) {
            _setIssuer(programId, removeIssuers[i], false);
        }
    }

    function programCount() external view returns (uint256) {
        return _programs.length;
    }

    function programInfo(uint32 programId)
        external
        view
        returns (string memory programName, uint256 remainingBudget, uint256 issued, bool active, address[] memory issuers)
    {
        Program storage p = _program(programId);
        return (p.name, p.remainingBudget, p.issued, p.active, _issuers[programId].values());
    }

    function isIssuer(uint32 programId, address account) external view returns (bool) {
        return _issuers[programId].contains(account);
    }

    /// @notice Whether `issuer` has credited its record `recordId` in the program.
    function recordCredited(uint32 programId, address issuer, uint64 recordId) public view returns (bool) {
        return _seen[programId][issuer][recordId >> 8] & (uint256(1) << (recordId & 0xff)) != 0;
    }

    // ---- credits ----

    /// @notice Credits `amount` to `citizen` for the issuer's record `recordId`, once.
    function credit(uint32 programId, address citizen, uint256 amount, uint64 recordId) external whenNotPaused {
        Program storage p = _issuerProgram(programId);
        address issuer = _msgSender();
        if (!_markRecord(programId, issuer, recordId)) revert SCoinRecordAlreadyCredited(programId, issuer, recordId);
        _checkBudget(programId, p, amount);
        _credit(programId, citizen, issuer, amount, recordId, block.timestamp / EPOCH_LENGTH);
    }

    /// @notice Credits every entry whose record was not credited yet and reports each one that
    /// was in `CreditSkipped`, so that a batch retried after a crash credits nothing twice.
    /// Any other problem in any entry refuses the whole batch.
    function creditBatch(uint32 programId, Credit[] calldata credits)
        external
        whenNotPaused
        returns (uint256 credited, uint256 skipped)
    {
        Program storage p = _issuerProgram(programId);
        if (credits.length == 0) revert SCoinEmptyBatch();
        address issuer = _msgSender();
        uint256 epoch = block.timestamp / EPOCH_LENGTH;
        uint256 total;
        for (uint256 i = 0; i < credits.length; ++i) {
            Credit calldata c = credits[i];
            if (!_markRecord(programId, issuer, c.recordId)) {
                emit CreditSkipped(programId, issuer, c.recordId);
                ++skipped;
                continue;
            }
            total += c.amount;
            ++credited;
            _credit(programId, c.citizen, issuer, c.amount, c.recordId, epoch);
        }
        _checkBudget(programId, p, total);
    }

    // ---- merchants ----

    /// @notice Registers `merchant`, or reactivates a removed one.
    function addMerchant(address merchant, string calldata merchantName) external onlyRole(MERCHANT_MANAGER_ROLE) {
        if (merchant == address(0)) revert SCoinZeroAddress();
        if (bytes(merchantName).length == 0) revert SCoinEmptyName();
        if (!_merchantSet.contains(merchant)) {
            // An address with citizen points cannot become a merchant: its points would be
            // stranded in buckets a merchant account does not read.
            (uint256 live, uint256 expired) = _scan(merchant);
            if (live + expired != 0) revert SCoinCitizenHasPoints(merchant);
            _merchantSet.add(merchant);
        }
        _merchants[merchant] = Merchant({name: merchantName, active: true});
        emit MerchantAdded(merchant, merchantName);
    }

    /// @notice Stops `merchant` receiving payments; it can still redeem what it holds.
    function removeMerchant(address merchant) external onlyRole(MERCHANT_MANAGER_ROLE) {
        if (!_merchantSet.contains(merchant)) revert SCoinNotMerchant(merchant);
        if (!_merchants[merchant].active) revert SCoinMerchantInactive(merchant);
        _merchants[merchant].active = false;
        emit MerchantRemoved(merchant);
    }

    function merchantInfo(address account) external view returns (bool registered, bool active, string memory merchantName) {
        Merchant storage m = _merchants[account];
        return (_merchantSet.contains(account), m.active, m.name);
    }

    /// @notice How many addresses were ever registered as merchants.
    function merchantCount() external view returns (uint256) {
        return _merchantSet.length();
    }

    /// @notice At most `limit` addresses ever registered as merchants, from position `offset`
    /// in registration order; fewer (or none) past the end. Read the list in pages: one call
    /// for all of them would outgrow a node's call gas cap.
    function merchantsPage(uint256 offset, uint256 limit) external view returns (address[] memory page) {
        uint256 n = _merchantSet.length();
        if (offset >= n) return new address[](0);
        uint256 end = n - offset < limit ? n : offset + limit;
        page = new address[](end - offset);
        for (uint256 i = offset; i < end; ++i) {
            page[i - offset] = _merchantSet.at(i);
        }
    }

    /// @notice For each account, whether it was ever registered as a merchant (and so cannot
    /// be credited): checks a credit list in chunks without reading every merchant.
    function merchantFlags(address[] calldata accounts) external view returns (bool[] memory flags) {
        flags = new bool[](accounts.length);
        for (uint256 i = 0; i < accounts.length; ++i) {
            flags[i] = _merchantSet.contains(accounts[i]);
        }
    }

    /// @notice Burns `amount` of the caller's (a merchant's) points for the city treasury to
    /// pay KRW against `settlementReference`, once per merchant and reference.
    function redeem(uint256 amount, string calldata settlementReference) external whenNotPaused {
        address m = _msgSender();
        if (!_merchantSet.contains(m)) revert SCoinNotMerchant(m);
        if (amount == 0) revert SCoinZeroAmount();
        if (bytes(settlementReference).length == 0) revert SCoinEmptyReference();
        bytes32 key = keccak256(abi.encode("redeem", m, settlementReference));
        if (_usedReference[key]) revert SCoinSettlementReferenceUsed(m, settlementReference);
        uint256 bal = _merchantBalance[m];
        if (bal < amount) revert SCoinInsufficientBalance(m, bal, amount);
        _usedReference[key] = true;
        _merchantBalance[m] = bal - amount;
        _totalSupply -= amount;
        emit Transfer(m, address(0), amount);
        emit Redeemed(m, amount, settlementReference);
    }

    /// @notice Whether `merchant` has redeemed against `settlementReference`.
    function settlementRedeemed(address merchant, string calldata settlementReference) external view returns (bool) {
        return _usedReference[keccak256(abi.encode("redeem", merchant, settlementReference))];
    }

    // ---- expiry ----

    /// @notice Removes the expired points of each account from `totalSupply`. Anyone may
    /// call, also while paused: it moves no value, and expiry does not stop for a pause.
    function sweep(address[] calldata accounts) external {
        uint256 first = _firstLiveEpoch();
        for (uint256 i = 0; i < accounts.length; ++i) {
            address a = accounts[i];
            uint256 expired;
            for (uint256 pos = 0; pos < RING_SIZE; ++pos) {
                uint256 slot = _buckets[a][pos];
                if (slot == 0) continue;
                (uint256 kept, uint256 gone) = _dropExpired(slot, first);
                if (gone != 0) {
                    _buckets[a][pos] = kept;
                    expired += gone;
                }
            }
            _expire(a, expired);
        }
    }

    // ---- recovery ----

    /// @notice Requests the move of `from`'s points to `to`; it can be executed after the
    /// recovery delay, and `from` (or an officer) can cancel it until then. While it is
    /// pending `from` cannot spend: a lost phone must not be drained meanwhile. A frozen
    /// `from` may be recovered: that is one way an officer ends the freeze.
    function requestRecovery(address from, address to) external onlyRole(RECOVERY_OFFICER_ROLE) {
        if (from == address(0) || to == address(0) || from == to) revert SCoinBadRecovery(from, to);
        if (_merchantSet.contains(from) || _merchantSet.contains(to)) revert SCoinBadRecovery(from, to);
        Recovery storage r = _recovery[from];
        if (r.to != address(0)) revert SCoinRecoveryPending(from, r.to, r.executeAfter);
        uint64 after_ = uint64(block.timestamp) + recoveryDelay;
        _recovery[from] = Recovery({to: to, executeAfter: after_});
        emit RecoveryRequested(from, to, after_);
    }

    /// @notice Cancels the pending recovery of `from`: by `from` itself, or by an officer.
    /// A cancel by `from` freezes its spending until an officer unfreezes it or recovers its
    /// points: whoever holds a lost phone can cancel, and must not be able to spend next.
    /// An officer's cancel does not freeze.
    function cancelRecovery(address from) external {
        address by = _msgSender();
        if (by != from && !hasRole(RECOVERY_OFFICER_ROLE, by)) revert SCoinNotRecoveryParty(by);
        Recovery memory r = _recovery[from];
        if (r.to == address(0)) revert SCoinNoRecovery(from);
        delete _recovery[from];
        emit RecoveryCancelled(from, r.to, by);
        if (by == from && !_frozen[from]) {
            _frozen[from] = true;
            emit AccountFrozen(from);
        }
    }

    /// @notice Lets `account`, frozen by its own cancel of a recovery, spend again: the
    /// officer has established that the citizen, not a thief, holds it.
    function unfreeze(address account) external onlyRole(RECOVERY_OFFICER_ROLE) {
        if (!_frozen[account]) revert SCoinNotFrozen(account);
        _unfreeze(account);
    }

    /// @notice Whether `account` cancelled a recovery itself and awaits an officer's decision:
    /// it cannot spend meanwhile.
    function frozen(address account) external view returns (bool) {
        return _frozen[account];
    }

    /// @notice Moves every unexpired point of `from` to the requested address, keeping each
    /// point's expiry. Anyone may call once the delay has passed.
    function executeRecovery(address from) external whenNotPaused {
        Recovery memory r = _recovery[from];
        if (r.to == address(0)) revert SCoinNoRecovery(from);
        if (block.timestamp < r.executeAfter) revert SCoinRecoveryTooEarly(from, r.executeAfter);
        // A merchant's balance does not read citizen buckets: registered during the delay,
        // the new address would make the points vanish from every balanceOf.
        if (_merchantSet.contains(r.to)) revert SCoinRecoveryToMerchant(from, r.to);
        delete _recovery[from];
        // The officer's recovery is the decision a self-cancel waited for.
        if (_frozen[from]) _unfreeze(from);
        uint256 first = _firstLiveEpoch();
        uint256 moved;
        uint256 expiredFrom;
        uint256 expiredTo;
        for (uint256 pos = 0; pos < RING_SIZE; ++pos) {
            uint256 src = _buckets[from][pos];
            if (src == 0) continue;
            delete _buckets[from][pos];
            (uint256 live, uint256 gone) = _dropExpired(src, first);
            expiredFrom += gone;
            if (live & AMOUNTS_MASK == 0) continue;
            uint256 dst = _buckets[r.to][pos];
            if (dst >> TAG_SHIFT != live >> TAG_SHIFT) {
                // Same ring position, other group: the destination's points there are older
                // than any live group, so expired.
                expiredTo += _sum(dst);
                dst = live & ~AMOUNTS_MASK;
            }
            for (uint256 lane = 0; lane < LANES; ++lane) {
                uint256 shift = lane * LANE_BITS;
                uint256 a = (live >> shift) & LANE_MASK;
                if (a == 0) continue;
                uint256 b = ((dst >> shift) & LANE_MASK) + a;
                if (b > LANE_MASK) revert SCoinEpochAmountTooLarge(r.to, a);
                dst = (dst & ~(LANE_MASK << shift)) | (b << shift);
                moved += a;
            }
            _buckets[r.to][pos] = dst;
        }
        _expire(from, expiredFrom);
        _expire(r.to, expiredTo);
        emit Transfer(from, r.to, moved);
        emit RecoveryExecuted(from, r.to, moved);
    }

    function pendingRecovery(address from) external view returns (address to, uint64 executeAfter) {
        Recovery memory r = _recovery[from];
        return (r.to, r.executeAfter);
    }

    /// @notice Sets the delay of recoveries requested from now on; at least
    /// `MIN_RECOVERY_DELAY`, so that a citizen can always cancel a move they did not ask for.
    function setRecoveryDelay(uint64 delay) external onlyRole(DEFAULT_ADMIN_ROLE) {
        if (delay < MIN_RECOVERY_DELAY) revert SCoinRecoveryDelayTooShort(delay, MIN_RECOVERY_DELAY);
        recoveryDelay = delay;
        emit RecoveryDelaySet(delay);
    }

    // ---- pause ----

    /// @notice Stops credits, spends, redemptions and recovery execution. Expiry keeps
    /// running (points carry a fixed calendar expiry) and `sweep` still works.
    function pause() external onlyRole(PAUSER_ROLE) {
        _pause();
    }

    /// @notice Resumes what `pause` stopped.
    function unpause() external onlyRole(PAUSER_ROLE) {
        _unpause();
    }

    // ---- internals ----

    function _program(uint32 programId) private view returns (Program storage) {
        if (programId == 0 || programId > _programs.length) revert SCoinUnknownProgram(programId);
        return _programs[programId - 1];
    }

    function _issuerProgram(uint32 programId) private view returns (Program storage p) {
        p = _program(programId);
        if (!p.active) revert SCoinProgramInactive(programId);
        if (!_issuers[programId].contains(_msgSender())) revert SCoinNotIssuer(programId, _msgSender());
    }

    function _setIssuer(uint32 programId, address account, bool on) private {
        if (account == address(0)) revert SCoinZeroAddress();
        bool changed = on ? _issuers[programId].add(account) : _issuers[programId].remove(account);
        if (changed) emit ProgramIssuer(programId, account, on);
    }

    function _checkBudget(uint32 programId, Program storage p, uint256 amount) private {
        uint256 remaining = p.remainingBudget;
        if (amount > remaining) revert SCoinBudgetExceeded(programId, amount, remaining);
        p.remainingBudget = remaining - amount;
        p.issued += amount;
    }

    /// @dev Sets the issuer's record bit; false if it was set already.
    function _markRecord(uint32 programId, address issuer, uint64 recordId) private returns (bool) {
        mapping(uint256 => uint256) storage seen = _seen[programId][issuer];
        uint256 word = seen[recordId >> 8];
        uint256 bit = uint256(1) << (recordId & 0xff);
        if (word & bit != 0) return false;
        seen[recordId >> 8] = word | bit;
        return true;
    }

    function _unfreeze(address account) private {
        _frozen[account] = false;
        emit AccountUnfrozen(account, _msgSender());
    }

    function _credit(uint32 programId, address citizen, address issuer, uint256 amount, uint64 recordId, uint256 epoch)
        private
    {
        if (citizen == address(0)) revert SCoinZeroAddress();
        if (amount == 0) revert SCoinZeroAmount();
        if (_merchantSet.contains(citizen)) revert SCoinCreditToMerchant(citizen);
        uint256 group = epoch / LANES;
        uint256 pos = group % RING_SIZE;
        uint256 slot = _buckets[citizen][pos];
        if (slot >> TAG_SHIFT != group + 1) {
            // The slot holds an older group, expired by the ring's size: sweep it.
            if (slot != 0) _expire(citizen, _sum(slot));
            slot = (group + 1) << TAG_SHIFT;
        }
        uint256 shift = (epoch % LANES) * LANE_BITS;
        uint256 next = ((slot >> shift) & LANE_MASK) + amount;
        if (next > LANE_MASK) revert SCoinEpochAmountTooLarge(citizen, amount);
        _buckets[citizen][pos] = (slot & ~(LANE_MASK << shift)) | (next << shift);
        _totalSupply += amount;
        emit Transfer(address(0), citizen, amount);
        emit Credited(programId, citizen, issuer, recordId, amount);
    }

    function _pay(address citizen, address to, uint256 amount) private {
        if (amount == 0) revert SCoinZeroAmount();
        if (_merchantSet.contains(citizen)) revert SCoinMerchantCannotSpend(citizen);
        if (!_merchantSet.contains(to)) revert SCoinNotMerchant(to);
        if (!_merchants[to].active) revert SCoinMerchantInactive(to);
        Recovery memory r = _recovery[citizen];
        if (r.to != address(0)) revert SCoinRecoveryPending(citizen, r.to, r.executeAfter);
        if (_frozen[citizen]) revert SCoinAccountFrozen(citizen);
        _consume(citizen, amount);
        _merchantBalance[to] += amount;
        emit Transfer(citizen, to, amount);
    }

    /// @dev Takes `amount` from the citizen's oldest unexpired points, sweeping the expired
    /// points it meets on the way. At most RING_SIZE slots are read.
    function _consume(address citizen, uint256 amount) private {
        uint256 first = _firstLiveEpoch();
        uint256 lastGroup = block.timestamp / EPOCH_LENGTH / LANES;
        uint256 remaining = amount;
        uint256 expired;
        for (uint256 g = first / LANES; g <= lastGroup && remaining != 0; ++g) {
            uint256 pos = g % RING_SIZE;
            uint256 slot = _buckets[citizen][pos];
            if (slot == 0) continue;
            (uint256 kept, uint256 gone) = _dropExpired(slot, first);
            expired += gone;
            if (kept >> TAG_SHIFT == g + 1) {
                for (uint256 lane = 0; lane < LANES && remaining != 0; ++lane) {
                    uint256 shift = lane * LANE_BITS;
                    uint256 a = (kept >> shift) & LANE_MASK;
                    if (a == 0) continue;
                    uint256 take = a < remaining ? a : remaining;
                    kept = (kept & ~(LANE_MASK << shift)) | ((a - take) << shift);
                    remaining -= take;
                }
            }
            if (kept != slot) _buckets[citizen][pos] = kept & AMOUNTS_MASK == 0 ? 0 : kept;
        }
        if (remaining != 0) revert SCoinInsufficientBalance(citizen, amount - remaining, amount);
        _expire(citizen, expired);
    }

    /// @dev Splits a slot into what is still live and the sum of its expired lanes.
    function _dropExpired(uint256 slot, uint256 firstLive) private pure returns (uint256 kept, uint256 gone) {
        uint256 base = ((slot >> TAG_SHIFT) - 1) * LANES;
        if (base + LANES <= firstLive) return (0, _sum(slot));
        kept = slot;
        for (uint256 lane = 0; lane < LANES && base + lane < firstLive; ++lane) {
            uint256 shift = lane * LANE_BITS;
            gone += (slot >> shift) & LANE_MASK;
            kept &= ~(LANE_MASK << shift);
        }
        if (kept & AMOUNTS_MASK == 0) kept = 0;
    }

    function _epochAmount(address account, uint256 epoch) private view returns (uint256) {
        uint256 slot = _buckets[account][(epoch / LANES) % RING_SIZE];
        if (slot >> TAG_SHIFT != epoch / LANES + 1) return 0;
        return (slot >> ((epoch % LANES) * LANE_BITS)) & LANE_MASK;
    }

    function _sum(uint256 slot) private pure returns (uint256 s) {
        for (uint256 lane = 0; lane < LANES; ++lane) {
            s += (slot >> (lane * LANE_BITS)) & LANE_MASK;
        }
    }

    function _expire(address account, uint256 amount) private {
        if (amount == 0) return;
        _totalSupply -= amount;
        emit Expired(account, amount);
    }

    /// @dev Live and expired points of a citizen, reading every ring slot.
    function _scan(address account) private view returns (uint256 live, uint256 expired) {
        uint256 first = _firstLiveEpoch();
        for (uint256 pos = 0; pos < RING_SIZE; ++pos) {
            uint256 slot = _buckets[account][pos];
            if (slot == 0) continue;
            (uint256 kept, uint256 gone) = _dropExpired(slot, first);
            live += _sum(kept);
            expired += gone;
        }
    }

    /// @dev Epochs before this one have expired: epoch e lives until (e+1)*EPOCH_LENGTH +
    /// VALIDITY_PERIOD.
    function _firstLiveEpoch() private view returns (uint256) {
        if (block.timestamp < VALIDITY_PERIOD) return 0;
        return (block.timestamp - VALIDITY_PERIOD) / EPOCH_LENGTH;
    }

    // Pausable brings a second path to Context: name the forwarder-aware one again.
    function _msgSender() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (address) {
        return GovernedForwarderContext._msgSender();
    }

    function _msgData() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (bytes calldata) {
        return GovernedForwarderContext._msgData();
    }

    function _contextSuffixLength() internal view override(ContextUpgradeable, GovernedForwarderContext) returns (uint256) {
        return GovernedForwarderContext._contextSuffixLength();
    }

    /// @dev Upgrades are the admin's (the council's, through its delay), and keep the expiry
    /// periods, which the buckets were written with.
    /// A contract without the periods is refused as having periods of zero.
    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        (uint256 epoch, uint256 validity) = (0, 0);
        try SCoin(newImplementation).EPOCH_LENGTH() returns (uint256 e) {
            epoch = e;
        } catch {}
        try SCoin(newImplementation).VALIDITY_PERIOD() returns (uint256 v) {
            validity = v;
        } catch {}
        if (epoch != EPOCH_LENGTH || validity != VALIDITY_PERIOD) {
            revert SCoinUpgradeChangesPeriod(EPOCH_LENGTH, VALIDITY_PERIOD, epoch, validity);
        }
    }

}
