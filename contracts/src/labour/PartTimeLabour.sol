// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";
import {GovernedForwarderContext} from "../platform/GovernedForwarderContext.sol";

/// @title PartTimeLabour
/// @notice Part-time workers' contracts, hours and wages (시간제 노동자 권익보호): an employer
/// proposes a contract (the written terms and the signed document's hash), the worker signs
/// it, the employer submits each day's shift and the worker confirms or disputes it, and the
/// employer records each pay period's payslip against the confirmed minutes and pays it in
/// KRW from a deposit held here per employer. A payslip unpaid after its payday is arrears,
/// visible to the labour office from the events and `payslip`.
///
/// The law's arithmetic (weekly paid holiday, premiums) is in Go (services/labour/wage);
/// this contract enforces what can be checked from its own records: a contract whose wage is
/// under the minimum in force on its days when proposed or signed, shifts on days outside the
/// contract or overlapping, a payslip whose minutes are not the confirmed unpaid minutes of
/// its period or whose amount is under those minutes at each day's wage (the contract's, or
/// the minimum in force that day if a rise set later overtook it: the law replaces a wage
/// under the minimum by the minimum), payment by anyone but the employer, paying twice, and a
/// withdrawal of deposit that recorded payslips still owe, or its payment of other wages.
///
/// A payslip's hash is unique within its contract, not globally: only the contract's
/// employer records under it, so no one else can take a hash and block or skip a payroll.
///
/// Workers act through the city's forwarder (ERC-2771: `_msgSender`), so signing, confirming
/// and disputing cost them no gas.
///
/// On chain: addresses, the contract's terms as numbers, days (counted from 1970-01-01 in
/// Seoul time), minutes, won amounts and hashes (of the signed document, of each payslip, of
/// a dispute's reason, of each insurance enrolment's evidence). No name, resident number,
/// bank account or text about a person.
/// @dev Behind a CityProxy (UUPS). The token is an immutable of the implementation, which an
/// upgrade must keep (deposits are held in it).
contract PartTimeLabour is GovernedForwarderContext, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /// @notice The city's labour office: sets the minimum wage, resolves disputed days.
    bytes32 public constant LABOUR_OFFICE_ROLE = keccak256("LABOUR_OFFICE_ROLE");

    /// @notice The longest pay period, in days.
    uint32 public constant MAX_PERIOD_DAYS = 31;
    /// @notice Seoul is UTC+9: a day starts at 15:00 UTC of the day before.
    uint256 private constant SEOUL_OFFSET = 9 hours;

    enum Status {
        None,
        Proposed,
        Active,
        Ended,
        Cancelled
    }

    enum ShiftStatus {
        None,
        Submitted,
        Confirmed,
        Disputed,
        Paid
    }

    /// @notice Written terms (근로조건), as proposed. Days count from 1970-01-01 in Seoul;
    /// `workDays` has bit 0 for Monday … bit 6 for Sunday; `endDay` 0 means no fixed end;
    /// wages are due on `payday` of the month after each period.
    struct Terms {
        address worker;
        uint64 hourlyWage;
        uint8 workDays;
        uint16 dailyMinutes;
        uint16 weeklyMinutes;
        uint32 startDay;
        uint32 endDay;
        uint8 payday;
        bool fivePlus;
        bytes32 documentHash;
    }

    /// @notice A contract as recorded. `endDay` is the contract's last day (0 while open).
    struct Contract {
        address employer;
        uint64 hourlyWage;
        uint8 workDays;
        uint8 payday;
        bool fivePlus;
        Status status;
        address worker;
        uint16 dailyMinutes;
        uint16 weeklyMinutes;
        uint32 startDay;
        uint32 endDay;
        bytes32 documentHash;
    }

    /// @notice One day's shift: minutes from the day's midnight, `end` past 1440 when it
    /// crosses midnight.
    struct Shift {
        uint16 start;
        uint16 end;
        ShiftStatus status;
    }

    /// @notice A payslip as the employer sends it: contract, period, the confirmed minutes it
    /// pays, the amount and the hash of the full payslip (every component).
    struct PayslipInput {
        uint256 contractId;
        uint32 fromDay;
        uint32 toDay;
        uint32 workedMinutes;
        uint128 amount;
        bytes32 payslipHash;
    }

    /// @notice A recorded payslip. `paidDay` is 0 while unpaid.
    struct Payslip {
        uint64 contractId;
        uint32 fromDay;
        uint32 toDay;
        uint32 dueDay;
        uint32 workedMinutes;
        uint32 paidDay;
        uint128 amount;
        bytes32 payslipHash;
    }

    /// @notice An employer's money here: deposited − paid out − withdrawn = balance, always.
    /// `reserved` is what its recorded, unpaid payslips owe: it may exceed the balance (an
    /// employer in arrears), and neither a withdrawal nor the payment of a payslip that holds
    /// no reservation takes the balance under it. Payslips recorded before reservations
    /// existed (ids under `reservedFrom`) hold none.
    struct Account {
        uint128 deposited;
        uint128 paidOut;
        uint128 withdrawn;
        uint128 balance;
        uint128 reserved;
    }

    /// @notice The minimum hourly wage in won from `effectiveDay` on.
    struct Rate {
        uint32 effectiveDay;
        uint64 won;
    }

    /// @notice An insurance enrolment's evidence (the hash of the report's receipt).
    struct Enrolment {
        bytes32 evidence;
        uint32 day;
    }

    /// @custom:storage-location erc7201:seoulchain.storage.PartTimeLabour
    struct LabourStorage {
        Rate[] rates;
        uint256 contractCount;
        mapping(uint256 id => Contract) contracts;
        mapping(uint256 id => mapping(uint32 day => Shift)) shifts;
        uint256 payslipCount;
        mapping(uint256 payslipId => Payslip) payslips;
        // Retired: payslip hashes were once global, so one employer could take another's.
        // Read only, for payslips recorded before, and then only for their own contract.
        mapping(bytes32 payslipHash => uint256 payslipId) payslipByHash;
        mapping(address employer => Account) accounts;
        mapping(uint256 id => mapping(uint8 scheme => Enrolment)) enrolments;
        mapping(uint256 contractId => mapping(bytes32 payslipHash => uint256 payslipId)) payslipOf;
        // The first payslip recorded with its amount reserved (0: none yet). Set by that
        // record, not at the upgrade (`seoulchain gov upgrade` calls nothing): a payslip
        // recorded unpaid before it was recorded by an implementation that reserved nothing,
        // and one recorded by `payroll` was paid in the same call, so an unpaid payslip holds
        // a reservation exactly when its id is at least this.
        uint256 reservedFrom;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.PartTimeLabour")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0xea1f97dacc1bbca6d918f4640c453ea0ab6dcd8ebe67d0c8c36f5f9c707b5700;

    /// @notice The settlement token (KRW).
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC20 public immutable KRW;

    // ---- errors ----

    /// @notice A minimum wage of zero won.
    error LabourZeroWage();
    /// @notice A minimum wage from `day`, not after the last one's `lastDay` (or already in force).
    error LabourRateOutOfOrder(uint32 day, uint32 lastDay);
    /// @notice No minimum wage is in force on `day` (before the table's first entry).
    error LabourNoMinimumWage(uint32 day);
    /// @notice `wage` won an hour is under `minimum`, in force on `day`.
    error LabourBelowMinimumWage(uint32 day, uint64 wage, uint64 minimum);
    /// @notice The worker is the zero address or the employer.
    error LabourBadWorker(address worker);
    /// @notice Terms that cannot be a contract; `field` names which.
    error LabourBadTerms(string field);
    /// @notice No document hash: the signed contract's file must be committed to.
    error LabourNoDocument();
    /// @notice No contract `id`.
    error LabourUnknownContract(uint256 id);
    /// @notice Contract `id` is `status`, not what the call needs.
    error LabourContractNotActive(uint256 id, Status status);
    /// @notice `caller` is not the worker of contract `id`.
    error LabourNotWorker(uint256 id, address caller);
    /// @notice `caller` is not the employer of contract `id`.
    error LabourNotEmployer(uint256 id, address caller);
    /// @notice `caller` is neither party of contract `id`.
    error LabourNotParty(uint256 id, address caller);
    /// @notice An end `lastDay` before today or after the contract's fixed end.
    error LabourBadEndDay(uint256 id, uint32 lastDay);
    /// @notice A shift that starts outside its day, ends before it starts or lasts over 24 h.
    error LabourBadShift(uint32 day, uint16 start, uint16 end);
    /// @notice `day` is outside the period of contract `id`.
    error LabourDayOutsideContract(uint256 id, uint32 day);
    /// @notice `day` has not come yet.
    error LabourDayInFuture(uint32 day);
    /// @notice The shift on `day` overlaps the one already recorded on `otherDay`.
    error LabourShiftOverlap(uint256 id, uint32 day, uint32 otherDay);
    /// @notice The shift on `day` is `status`, not what the call needs.
    error LabourShiftStatus(uint256 id, uint32 day, ShiftStatus status);
    /// @notice A pay period that ends before it starts, is longer than MAX_PERIOD_DAYS or
    /// has not ended yet.
    error LabourBadPeriod(uint32 fromDay, uint32 toDay);
    /// @notice The payslip claims `given` minutes; the period has `confirmed` unpaid confirmed.
    error LabourPayslipMinutesMismatch(uint256 id, uint32 confirmed, uint32 given);
    /// @notice The period has no confirmed unpaid minutes.
    error LabourNothingToPay(uint256 id, uint32 fromDay, uint32 toDay);
    /// @notice `amount` is under the confirmed minutes at each day's wage, `base` (the
    /// contract's wage, or the minimum in force that day where it is higher).
    error LabourPayslipBelowBase(uint256 id, uint256 base, uint256 amount);
    /// @notice A zero payslip hash.
    error LabourNoPayslipHash();
    /// @notice Contract `id`'s payslip `payslipHash` is recorded already, as `payslipId`.
    error LabourPayslipExists(uint256 id, bytes32 payslipHash, uint256 payslipId);
    /// @notice No payslip `payslipId`.
    error LabourUnknownPayslip(uint256 payslipId);
    /// @notice Payslip `payslipId` was paid already.
    error LabourAlreadyPaid(uint256 payslipId);
    /// @notice `employer` holds `balance` here, less than `needed`.
    error LabourInsufficientDeposit(address employer, uint256 balance, uint256 needed);
    /// @notice Withdrawing `amount`, or paying it for a payslip that holds no reservation (one
    /// recorded and paid by `payroll`, or recorded before reservations), would leave
    /// `employer`'s `balance` under the `reserved` wages of its recorded, unpaid payslips:
    /// pay those first, or deposit more.
    error LabourDepositReserved(address employer, uint256 balance, uint256 reserved, uint256 amount);
    /// @notice A deposit or withdrawal of zero.
    error LabourZeroAmount();
    /// @notice A deposit beyond what an employer's account counts (2^128 − 1).
    error LabourAmountTooLarge(uint256 amount);
    /// @notice Reserving a payslip's `amount` on top of the `reserved` wages of `employer`'s
    /// unpaid payslips goes beyond what an account counts (2^128 − 1).
    error LabourReservationTooLarge(address employer, uint256 reserved, uint256 amount);
    /// @notice An insurance scheme number that is not one of the four (0-3).
    error LabourBadScheme(uint8 scheme);
    /// @notice A zero evidence hash.
    error LabourNoEvidence();
    /// @notice Contract `id` is enrolled in `scheme` already.
    error LabourAlreadyEnrolled(uint256 id, uint8 scheme);
    /// @notice Arrays of days, starts and ends of different lengths.
    error LabourLengthMismatch();
    /// @notice An upgrade to an implementation bound to another token.
    error LabourUpgradeChangesToken(address current, address proposed);

    // ---- events ----

    event MinimumWageSet(uint32 indexed effectiveDay, uint64 won, address by);
    event ContractProposed(uint256 indexed id, address indexed employer, address indexed worker, bytes32 documentHash);
    event ContractSigned(uint256 indexed id, address indexed worker);
    event ContractEnded(uint256 indexed id, address indexed by, uint32 lastDay, Status status);
    event ShiftSubmitted(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end);
    event ShiftConfirmed(uint256 indexed id, uint32 indexed day);
    event ShiftDisputed(uint256 indexed id, uint32 indexed day, bytes32 reasonHash);
    event ShiftResolved(uint256 indexed id, uint32 indexed day, uint16 start, uint16 end, address by);
    event PayslipRecorded(
        uint256 indexed payslipId,
        uint256 indexed contractId,
        address indexed worker,
        uint32 fromDay,
        uint32 toDay,
        uint32 workedMinutes,
        uint128 amount,
        uint32 dueDay,
        bytes32 payslipHash
    );
    event PayslipPaid(uint256 indexed payslipId, uint256 indexed contractId, address indexed worker, uint128 amount, uint32 daysLate);
    event PayslipSkipped(bytes32 indexed payslipHash, uint256 payslipId);
    event Deposited(address indexed employer, uint256 amount);
    event Withdrawn(address indexed employer, uint256 amount);
    event EnrolmentRecorded(uint256 indexed id, uint8 indexed scheme, bytes32 evidence);

    /// @param token the KRW token; every later implementation must name it too.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IERC20 token) {
        KRW = token;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once, with the minimum-wage table in force.
    /// @param admin receives the admin and labour-office roles.
    function initialize(address forwarder, address admin, uint32[] calldata days_, uint64[] calldata wons) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(LABOUR_OFFICE_ROLE, admin);
        if (days_.length != wons.length) revert LabourBadTerms("rates");
        for (uint256 i; i < days_.length; i++) {
            _addRate(days_[i], wons[i], admin, false);
        }
    }

    // ---- minimum wage ----

    /// @notice Sets the minimum hourly wage from `effectiveDay` on: a day after the table's
    /// last, or the last again while it is not yet in force (a correction).
    function setMinimumWage(uint32 effectiveDay, uint64 won) external onlyRole(LABOUR_OFFICE_ROLE) {
        _addRate(effectiveDay, won, _msgSender(), true);
    }

    /// @notice The minimum hourly wage in force on `day`.
    function minimumWageOn(uint32 day) public view returns (uint64) {
        Rate[] storage r = _store().rates;
        for (uint256 i = r.length; i > 0; i--) {
            if (r[i - 1].effectiveDay <= day) return r[i - 1].won;
        }
        revert LabourNoMinimumWage(day);
    }

    /// @notice The whole table, oldest first.
    function minimumWages() external view returns (Rate[] memory) {
        return _store().rates;
    }

    // ---- contracts ----

    /// @notice Proposes a contract to `t.worker`; the sender is the employer. Returns its id.
    function propose(Terms calldata t) external returns (uint256 id) {
        address employer = _msgSender();
        if (t.worker == address(0) || t.worker == employer) revert LabourBadWorker(t.worker);
        if (t.workDays == 0 || t.workDays > 0x7f) revert LabourBadTerms("workDays");
        if (t.dailyMinutes == 0 || t.dailyMinutes > 1440) revert LabourBadTerms("dailyMinutes");
        if (t.weeklyMinutes == 0 || t.weeklyMinutes > _popcount(t.workDays) * uint256(t.dailyMinutes)) {
            revert LabourBadTerms("weeklyMinutes");
        }
        if (t.payday == 0 || t.payday > 28) revert LabourBadTerms("payday");
        if (t.startDay == 0 || (t.endDay != 0 && t.endDay < t.startDay)) revert LabourBadTerms("endDay");
        if (t.documentHash == bytes32(0)) revert LabourNoDocument();
        _checkWage(t.hourlyWage, t.startDay, t.endDay);
        LabourStorage storage s = _store();
        id = ++s.contractCount;
        s.contracts[id] = Contract({
            employer: employer,
            hourlyWage: t.hourlyWage,
            workDays: t.workDays,
            payday: t.payday,
            fivePlus: t.fivePlus,
            status: Status.Proposed,
            worker: t.worker,
            dailyMinutes: t.dailyMinutes,
            weeklyMinutes: t.weeklyMinutes,
            startDay: t.startDay,
            endDay: t.endDay,
            documentHash: t.documentHash
        });
        emit ContractProposed(id, employer, t.worker, t.documentHash);
    }

    /// @notice The worker signs contract `id` (gasless through the forwarder). Checked again
    /// against the minimum wage, which may have been set since the proposal.
    function sign(uint256 id) external {
        Contract storage c = _contract(id);
        if (_msgSender() != c.worker) revert LabourNotWorker(id, _msgSender());
        if (c.status != Status.Proposed) revert LabourContractNotActive(id, c.status);
        _checkWage(c.hourlyWage, c.startDay, c.endDay);
        c.status = Status.Active;
        emit ContractSigned(id, c.worker);
    }

    /// @notice Either party ends contract `id`: a proposal is cancelled; a signed contract
    /// ends after `lastDay` (today or later, and not after a fixed end). Shifts up to the last
    /// day can still be submitted and paid.
    function end(uint256 id, uint32 lastDay) external {
        Contract storage c = _contract(id);
        address who = _msgSender();
        if (who != c.employer && who != c.worker) revert LabourNotParty(id, who);
        if (c.status == Status.Proposed) {
            c.status = Status.Cancelled;
            emit ContractEnded(id, who, 0, Status.Cancelled);
            return;
        }
        if (c.status != Status.Active) revert LabourContractNotActive(id, c.status);
        if (lastDay < today() || lastDay < c.startDay - 1 || (c.endDay != 0 && lastDay > c.endDay)) {
            revert LabourBadEndDay(id, lastDay);
        }
        c.status = Status.Ended;
        c.endDay = lastDay;
        emit ContractEnded(id, who, lastDay, Status.Ended);
    }

    // ---- timesheets ----

    /// @notice The employer submits the shift of `day` (minutes from its midnight). A disputed
    /// day may be submitted again, corrected; the worker then confirms it (resolved by both).
    function submitShift(uint256 id, uint32 day, uint16 start, uint16 end_) external {
        Contract storage c = _employerOf(id);
        _submit(c, _store().shifts[id], id, day, start, end_);
    }

    /// @notice The employer submits several days' shifts at once (a week's timesheet), each as
    /// `submitShift` would; one refused day refuses them all.
    function submitShifts(uint256 id, uint32[] calldata days_, uint16[] calldata starts, uint16[] calldata ends) external {
        if (starts.length != days_.length || ends.length != days_.length) revert LabourLengthMismatch();
        Contract storage c = _employerOf(id);
        mapping(uint32 => Shift) storage sh = _store().shifts[id];
        for (uint256 i; i < days_.length; i++) {
            _submit(c, sh, id, days_[i], starts[i], ends[i]);
        }
    }

    /// @notice The worker confirms the submitted shifts of `days` (gasless).
    function confirmShifts(uint256 id, uint32[] calldata days_) external {
        Contract storage c = _contract(id);
        if (_msgSender() != c.worker) revert LabourNotWorker(id, _msgSender());
        mapping(uint32 => Shift) storage sh = _store().shifts[id];
        for (uint256 i; i < days_.length; i++) {
            Shift storage d = sh[days_[i]];
            if (d.status != ShiftStatus.Submitted) revert LabourShiftStatus(id, days_[i], d.status);
            d.status = ShiftStatus.Confirmed;
            emit ShiftConfirmed(id, days_[i]);
        }
    }

    /// @notice The worker disputes the submitted shift of `day` (gasless): it stays out of pay
    /// until resolved. `reasonHash` commits to the worker's reason, kept off chain.
    function disputeShift(uint256 id, uint32 day, bytes32 reasonHash) external {
        Contract storage c = _contract(id);
        if (_msgSender() != c.worker) revert LabourNotWorker(id, _msgSender());
        Shift storage d = _store().shifts[id][day];
        if (d.status != ShiftStatus.Submitted) revert LabourShiftStatus(id, day, d.status);
        d.status = ShiftStatus.Disputed;
        emit ShiftDisputed(id, day, reasonHash);
    }

    /// @notice The labour office settles a disputed day: the shift as it finds it, confirmed;
    /// start = end = 0 strikes the day out.
    function resolveShift(uint256 id, uint32 day, uint16 start, uint16 end_) external onlyRole(LABOUR_OFFICE_ROLE) {
        _contract(id);
        Shift storage d = _store().shifts[id][day];
        if (d.status != ShiftStatus.Disputed) revert LabourShiftStatus(id, day, d.status);
        if (start == 0 && end_ == 0) {
            delete _store().shifts[id][day];
        } else {
            if (start >= 1440 || end_ <= start || end_ - start > 1440) revert LabourBadShift(day, start, end_);
            _checkNeighbours(_store().shifts[id], id, day, start, end_);
            d.start = start;
            d.end = end_;
            d.status = ShiftStatus.Confirmed;
        }
        emit ShiftResolved(id, day, start, end_, _msgSender());
    }

    // ---- money ----

    /// @notice The sender (an employer) deposits `amount` KRW for wages (after approving it).
    function deposit(uint256 amount) external {
        if (amount == 0) revert LabourZeroAmount();
        if (amount > type(uint128).max) revert LabourAmountTooLarge(amount);
        address employer = _msgSender();
        Account storage a = _store().accounts[employer];
        a.deposited += uint128(amount);
        a.balance += uint128(amount);
        KRW.safeTransferFrom(employer, address(this), amount);
        emit Deposited(employer, amount);
    }

    /// @notice The sender (an employer) takes back `amount` KRW of its deposit, all but what
    /// its recorded, unpaid payslips owe.
    function withdraw(uint256 amount) external {
        if (amount == 0) revert LabourZeroAmount();
        address employer = _msgSender();
        Account storage a = _store().accounts[employer];
        if (a.balance < amount) revert LabourInsufficientDeposit(employer, a.balance, amount);
        if (a.balance - amount < a.reserved) revert LabourDepositReserved(employer, a.balance, a.reserved, amount);
        a.withdrawn += uint128(amount);
        a.balance -= uint128(amount);
        KRW.safeTransfer(employer, amount);
        emit Withdrawn(employer, amount);
    }

    /// @notice The employer records a period's payslip; it falls due on the contract's
    /// payday of the month after the period, and its amount is reserved in the employer's
    /// deposit (no withdrawal takes it) until paid. Returns its id.
    function recordPayslip(PayslipInput calldata p) external returns (uint256 payslipId) {
        uint256 known = _payslipIdOf(p.contractId, p.payslipHash);
        if (known != 0) revert LabourPayslipExists(p.contractId, p.payslipHash, known);
        return _record(p, true);
    }

    /// @notice The employer pays payslip `payslipId` from its deposit to the worker (one
    /// recorded before reservations existed: from the deposit less the reservation).
    function pay(uint256 payslipId) external {
        _pay(payslipId, false);
    }

    /// @notice The employer records and pays each payslip of `slips` at once (the bulk
    /// payroll), from its deposit less what its recorded, unpaid payslips reserve. A payslip
    /// already recorded (by its contract and hash) is skipped, with PayslipSkipped, so that
    /// a batch sent again pays nobody twice; it is paid if it was recorded unpaid (from its
    /// reservation).
    function payroll(PayslipInput[] calldata slips) external {
        LabourStorage storage s = _store();
        for (uint256 i; i < slips.length; i++) {
            uint256 known = _payslipIdOf(slips[i].contractId, slips[i].payslipHash);
            if (known != 0 && s.payslips[known].paidDay != 0) {
                emit PayslipSkipped(slips[i].payslipHash, known);
                continue;
            }
            // One recorded unpaid before may hold a reservation; one recorded here holds none.
            if (known != 0) _pay(known, false);
            else _pay(_record(slips[i], false), true);
        }
    }

    // ---- insurance ----

    /// @notice The employer records the worker's enrolment in `scheme` (0 industrial
    /// accident, 1 pension, 2 health, 3 employment), by the hash of the report's evidence.
    function recordEnrolment(uint256 id, uint8 scheme, bytes32 evidence) external {
        _employerOf(id);
        if (scheme > 3) revert LabourBadScheme(scheme);
        if (evidence == bytes32(0)) revert LabourNoEvidence();
        Enrolment storage e = _store().enrolments[id][scheme];
        if (e.evidence != bytes32(0)) revert LabourAlreadyEnrolled(id, scheme);
        e.evidence = evidence;
        e.day = today();
        emit EnrolmentRecorded(id, scheme, evidence);
    }

    // ---- views ----

    /// @notice Today in Seoul, in days from 1970-01-01.
    function today() public view returns (uint32) {
        return uint32((block.timestamp + SEOUL_OFFSET) / 1 days);
    }

    function contractCount() external view returns (uint256) {
        return _store().contractCount;
    }

    function getContract(uint256 id) external view returns (Contract memory) {
        return _store().contracts[id];
    }

    function shiftOf(uint256 id, uint32 day) external view returns (Shift memory) {
        return _store().shifts[id][day];
    }

    function payslipCount() external view returns (uint256) {
        return _store().payslipCount;
    }

    function payslip(uint256 payslipId) external view returns (Payslip memory) {
        return _store().payslips[payslipId];
    }

    /// @notice The id of contract `contractId`'s payslip `payslipHash` (0: none).
    function payslipIdOf(uint256 contractId, bytes32 payslipHash) external view returns (uint256) {
        return _payslipIdOf(contractId, payslipHash);
    }

    /// @notice Days payslip `payslipId` is late: 0 if paid or not yet due.
    function daysLate(uint256 payslipId) external view returns (uint32) {
        Payslip storage p = _store().payslips[payslipId];
        uint32 t = today();
        if (p.paidDay != 0 || p.dueDay == 0 || t <= p.dueDay) return 0;
        return t - p.dueDay;
    }

    function accountOf(address employer) external view returns (Account memory) {
        return _store().accounts[employer];
    }

    function enrolment(uint256 id, uint8 scheme) external view returns (Enrolment memory) {
        return _store().enrolments[id][scheme];
    }

    /// @notice The day (from 1970-01-01) of payday `payday` in the month after `day`'s.
    function dueDayAfter(uint32 day, uint8 payday) public pure returns (uint32) {
        (uint256 y, uint256 m,) = _civil(day);
        if (m == 12) {
            y++;
            m = 1;
        } else {
            m++;
        }
        return _daysFromCivil(y, m, payday);
    }

    // ---- internals ----

    /// @dev Records payslip `p`; `reserve`: its amount is reserved in the employer's deposit
    /// until paid (not when it is paid in the same call).
    function _record(PayslipInput calldata p, bool reserve) private returns (uint256 payslipId) {
        if (p.payslipHash == bytes32(0)) revert LabourNoPayslipHash();
        Contract storage c = _employerOf(p.contractId);
        if (p.toDay < p.fromDay || p.toDay - p.fromDay >= MAX_PERIOD_DAYS || p.toDay >= today()) {
            revert LabourBadPeriod(p.fromDay, p.toDay);
        }
        (uint32 confirmed, uint256 owed) = _takeConfirmed(p.contractId, p.fromDay, p.toDay, c.hourlyWage);
        if (confirmed == 0) revert LabourNothingToPay(p.contractId, p.fromDay, p.toDay);
        if (confirmed != p.workedMinutes) revert LabourPayslipMinutesMismatch(p.contractId, confirmed, p.workedMinutes);
        uint256 base = (owed + 59) / 60;
        if (p.amount < base) revert LabourPayslipBelowBase(p.contractId, base, p.amount);
        payslipId = _write(p, dueDayAfter(p.toDay, c.payday), c.worker);
        if (reserve) _reserve(c.employer, payslipId, p.amount);
    }

    /// @dev Reserves `amount` of `employer`'s deposit for payslip `payslipId`, just recorded.
    function _reserve(address employer, uint256 payslipId, uint128 amount) private {
        LabourStorage storage s = _store();
        Account storage a = s.accounts[employer];
        if (uint256(a.reserved) + amount > type(uint128).max) revert LabourReservationTooLarge(employer, a.reserved, amount);
        a.reserved += amount;
        if (s.reservedFrom == 0) s.reservedFrom = payslipId;
    }

    /// @dev The confirmed minutes of days `fromDay`..`toDay`, marked paid, and what they are
    /// owed × 60: each calendar day's minutes (a shift past midnight counts on the next day)
    /// at the contract's wage or, where higher, the minimum in force that day.
    function _takeConfirmed(uint256 id, uint32 fromDay, uint32 toDay, uint64 wage) private returns (uint32 confirmed, uint256 owed) {
        mapping(uint32 => Shift) storage sh = _store().shifts[id];
        // Day by day only if a minimum in force in the period (or the day after, which a
        // night shift reaches) is above the wage.
        bool topUp = _highestMinimum(fromDay, toDay + 1) > wage;
        for (uint32 d = fromDay; d <= toDay; d++) {
            Shift storage x = sh[d];
            if (x.status != ShiftStatus.Confirmed) continue;
            if (!topUp) {
                owed += uint256(x.end - x.start) * wage;
            } else if (x.end <= 1440) {
                owed += uint256(x.end - x.start) * _wageOn(wage, d);
            } else {
                owed += uint256(1440 - x.start) * _wageOn(wage, d) + uint256(x.end - 1440) * _wageOn(wage, d + 1);
            }
            confirmed += x.end - x.start;
            x.status = ShiftStatus.Paid;
        }
    }

    /// @dev The highest minimum wage in force on a day from `fromDay` to `toDay` (0 if none:
    /// days before the table, on which no contract runs).
    function _highestMinimum(uint32 fromDay, uint32 toDay) private view returns (uint64 top) {
        Rate[] storage r = _store().rates;
        for (uint256 i = r.length; i > 0; i--) {
            Rate storage x = r[i - 1];
            if (x.effectiveDay > toDay) continue;
            if (x.won > top) top = x.won;
            if (x.effectiveDay <= fromDay) break;
        }
    }

    /// @dev The hourly wage owed on `day`: the contract's, or the minimum then if higher.
    function _wageOn(uint64 wage, uint32 day) private view returns (uint256) {
        uint64 minimum = minimumWageOn(day);
        return wage < minimum ? minimum : wage;
    }

    /// @dev Contract `contractId`'s payslip `payslipHash`: recorded under the contract, or
    /// (before hashes were per contract) globally, and then only if it is this contract's.
    function _payslipIdOf(uint256 contractId, bytes32 payslipHash) private view returns (uint256 id) {
        LabourStorage storage s = _store();
        id = s.payslipOf[contractId][payslipHash];
        if (id == 0) {
            uint256 legacy = s.payslipByHash[payslipHash];
            if (legacy != 0 && s.payslips[legacy].contractId == contractId) id = legacy;
        }
    }

    function _write(PayslipInput calldata p, uint32 due, address worker) private returns (uint256 payslipId) {
        LabourStorage storage s = _store();
        payslipId = ++s.payslipCount;
        s.payslips[payslipId] = Payslip({
            contractId: uint64(p.contractId),
            fromDay: p.fromDay,
            toDay: p.toDay,
            dueDay: due,
            workedMinutes: p.workedMinutes,
            paidDay: 0,
            amount: p.amount,
            payslipHash: p.payslipHash
        });
        s.payslipOf[p.contractId][p.payslipHash] = payslipId;
        emit PayslipRecorded(payslipId, p.contractId, worker, p.fromDay, p.toDay, p.workedMinutes, p.amount, due, p.payslipHash);
    }

    /// @dev Pays payslip `payslipId`; `recordedNow`: by this call, so holding no reservation.
    /// One holding a reservation is paid from it (the balance may hold less than the
    /// reservations: an employer in arrears pays whichever first); one holding none only from
    /// the balance above the reservations, which are other payslips' money.
    function _pay(uint256 payslipId, bool recordedNow) private {
        LabourStorage storage s = _store();
        Payslip storage p = s.payslips[payslipId];
        if (p.contractId == 0) revert LabourUnknownPayslip(payslipId);
        Contract storage c = s.contracts[p.contractId];
        address employer = _msgSender();
        if (employer != c.employer) revert LabourNotEmployer(p.contractId, employer);
        if (p.paidDay != 0) revert LabourAlreadyPaid(payslipId);
        Account storage a = s.accounts[employer];
        if (a.balance < p.amount) revert LabourInsufficientDeposit(employer, a.balance, p.amount);
        if (!recordedNow && _holdsReservation(s, payslipId)) {
            a.reserved -= p.amount;
        } else if (a.balance - p.amount < a.reserved) {
            revert LabourDepositReserved(employer, a.balance, a.reserved, p.amount);
        }
        uint32 t = today();
        p.paidDay = t;
        a.paidOut += p.amount;
        a.balance -= p.amount;
        KRW.safeTransfer(c.worker, p.amount);
        emit PayslipPaid(payslipId, p.contractId, c.worker, p.amount, t > p.dueDay ? t - p.dueDay : 0);
    }

    /// @dev Whether unpaid payslip `payslipId`, recorded before this call, holds a reservation.
    function _holdsReservation(LabourStorage storage s, uint256 payslipId) private view returns (bool) {
        uint256 from = s.reservedFrom;
        return from != 0 && payslipId >= from;
    }

    function _addRate(uint32 day, uint64 won, address by, bool checkInForce) private {
        if (won == 0) revert LabourZeroWage();
        Rate[] storage r = _store().rates;
        uint256 n = r.length;
        if (n > 0) {
            Rate storage last = r[n - 1];
            if (day == last.effectiveDay && (!checkInForce || day > today())) {
                last.won = won; // a correction before the rate takes effect
                emit MinimumWageSet(day, won, by);
                return;
            }
            if (day <= last.effectiveDay || (checkInForce && day <= today())) revert LabourRateOutOfOrder(day, last.effectiveDay);
        }
        r.push(Rate({effectiveDay: day, won: won}));
        emit MinimumWageSet(day, won, by);
    }

    /// @dev Refuses `wage` if under the rate in force on any day from `startDay` to `endDay`
    /// (0: no end, so every later rate of the table counts).
    function _checkWage(uint64 wage, uint32 startDay, uint32 endDay) private view {
        uint64 atStart = minimumWageOn(startDay);
        if (wage < atStart) revert LabourBelowMinimumWage(startDay, wage, atStart);
        Rate[] storage r = _store().rates;
        for (uint256 i = r.length; i > 0; i--) {
            Rate storage x = r[i - 1];
            if (x.effectiveDay <= startDay) break;
            if ((endDay == 0 || x.effectiveDay <= endDay) && wage < x.won) revert LabourBelowMinimumWage(x.effectiveDay, wage, x.won);
        }
    }

    /// @dev Contract `id`, signed, whose employer is the sender.
    function _employerOf(uint256 id) private view returns (Contract storage c) {
        c = _worked(id);
        if (_msgSender() != c.employer) revert LabourNotEmployer(id, _msgSender());
    }

    function _submit(Contract storage c, mapping(uint32 => Shift) storage sh, uint256 id, uint32 day, uint16 start, uint16 end_) private {
        if (start >= 1440 || end_ <= start || end_ - start > 1440) revert LabourBadShift(day, start, end_);
        if (day < c.startDay || (c.endDay != 0 && day > c.endDay)) revert LabourDayOutsideContract(id, day);
        if (day > today()) revert LabourDayInFuture(day);
        ShiftStatus st = sh[day].status;
        if (st != ShiftStatus.None && st != ShiftStatus.Disputed) revert LabourShiftOverlap(id, day, day);
        _checkNeighbours(sh, id, day, start, end_);
        sh[day] = Shift({start: start, end: end_, status: ShiftStatus.Submitted});
        emit ShiftSubmitted(id, day, start, end_);
    }

    /// @dev Refuses a shift of `day` overlapping the shift of the day before (which may run
    /// past midnight into it) or the day after (which this one may run into).
    function _checkNeighbours(mapping(uint32 => Shift) storage sh, uint256 id, uint32 day, uint16 start, uint16 end_) private view {
        Shift storage prev = sh[day - 1];
        if (prev.status != ShiftStatus.None && prev.end > 1440 + uint256(start)) revert LabourShiftOverlap(id, day, day - 1);
        Shift storage next = sh[day + 1];
        if (next.status != ShiftStatus.None && end_ > 1440 + uint256(next.start)) revert LabourShiftOverlap(id, day, day + 1);
    }

    function _contract(uint256 id) private view returns (Contract storage c) {
        c = _store().contracts[id];
        if (c.status == Status.None) revert LabourUnknownContract(id);
    }

    /// @dev A contract the worker signed (active, or ended with days still to pay).
    function _worked(uint256 id) private view returns (Contract storage c) {
        c = _contract(id);
        if (c.status != Status.Active && c.status != Status.Ended) revert LabourContractNotActive(id, c.status);
    }

    function _popcount(uint8 x) private pure returns (uint256 n) {
        for (; x != 0; x &= x - 1) n++;
    }

    /// @dev Howard Hinnant's civil_from_days, for days from 1970-01-01 (never negative here).
    function _civil(uint32 day) private pure returns (uint256 y, uint256 m, uint256 d) {
        uint256 z = uint256(day) + 719468;
        uint256 era = z / 146097;
        uint256 doe = z - era * 146097;
        uint256 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        uint256 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        uint256 mp = (5 * doy + 2) / 153;
        d = doy - (153 * mp + 2) / 5 + 1;
        m = mp < 10 ? mp + 3 : mp - 9;
        y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    }

    /// @dev Howard Hinnant's days_from_civil.
    function _daysFromCivil(uint256 y, uint256 m, uint256 d) private pure returns (uint32) {
        if (m <= 2) y--;
        uint256 era = y / 400;
        uint256 yoe = y - era * 400;
        uint256 doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return uint32(era * 146097 + doe - 719468);
    }

    /// @dev Upgrades are the admin's, and keep the token the deposits are held in.
    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        IERC20 proposed;
        try PartTimeLabour(newImplementation).KRW() returns (IERC20 token) {
            proposed = token;
        } catch {}
        if (proposed != KRW) revert LabourUpgradeChangesToken(address(KRW), address(proposed));
    }

    function _store() private pure returns (LabourStorage storage $) {
        assembly {
            $.slot := STORAGE_SLOT
        }
    }
}
