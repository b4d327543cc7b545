// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title FundLedger
/// @notice Restricted funds held in KRW, one ledger for two of the city's services: donation
/// campaigns run by registered charities or the city (기부금품), whose donors trace their gift
/// by its receipt, and consignment funds (민간위탁금) the city pays private operators to run a
/// facility, whose unspent money returns to the city at the end of the term (정산·반납).
///
/// A fund has a manager (the charity or operator, who spends), a supervisor (a city
/// department, who sets the budget lines, registers the payees and the collecting systems,
/// names a campaign's follow-up fund, approves large spends and flags spends for audit), a
/// term, and budget lines with limits. Line 0 is the administration / collection-cost line,
/// capped as a share of the fund's base: a campaign's donations, a consignment fund's
/// inflows; a donation campaign created without its own cap takes the Act on Collection and
/// Use of Donations' (see `statutoryCap`).
///
/// Donations are posted only by the fund's registered collecting systems (`addCollector`),
/// and a receipt is recorded once per fund: nobody outside the fund can front-run a batch with
/// one of its receipts, and another fund's collector posting the same reference to its own
/// fund neither blocks this fund's batch nor takes the receipt over (`receiptOf(fund, r)`).
///
/// Money: inflows (donations, the city's tranches, interest, a settled campaign's remainder)
/// come in by transferFrom; spends go to payees registered on the fund, per line, each with an
/// evidence hash; a payee's refund comes back against its spend. Settlement, once the term
/// and a grace period are over, may be triggered by anyone and moves the balance once: to the
/// city (`returnTo`) for a consignment fund, to the named follow-up fund for a campaign
/// (`returnTo` when none is named or it is settled). After it nothing moves.
///
/// Per fund, always: inflows = spent − refunded + balance + settled, and the ledger's KRW is
/// the sum of the funds' balances. Events carry every amount, so the books rebuild from them.
///
/// On chain: addresses, amounts, times, 32-byte line codes, receipt references and evidence
/// hashes. No donor identity, no names, no free text.
/// @dev Behind a CityProxy (UUPS). The token is an immutable of the implementation; an upgrade
/// must keep it (`_authorizeUpgrade`).
contract FundLedger is AccessControlUpgradeable, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /// @notice City staff who open funds.
    bytes32 public constant REGISTRAR_ROLE = keccak256("REGISTRAR_ROLE");

    /// @notice Fund kinds.
    uint8 public constant DONATION = 1;
    uint8 public constant CONSIGNMENT = 2;

    /// @notice Inflow kinds of `Deposited` (donations have their own event).
    uint8 public constant TRANCHE = 1;
    uint8 public constant INTEREST = 2;
    uint8 public constant CARRIED_OVER = 3;

    /// @notice Spend statuses.
    uint8 public constant PENDING = 1;
    uint8 public constant PAID = 2;
    uint8 public constant REJECTED = 3;

    /// @notice Line 0 of every fund: administration / collection costs, capped.
    uint256 public constant ADMIN_LINE = 0;
    /// @notice The most lines a fund may have (settlement walks them).
    uint256 public constant MAX_LINES = 32;
    /// @notice Basis points: 10,000 is the whole of the inflows.
    uint16 public constant BPS = 10_000;

    struct Terms {
        uint8 kind;
        address manager;
        address supervisor;
        uint64 start;
        uint64 end;
        /// @notice Seconds after `end` before anyone may settle.
        uint64 grace;
        /// @notice The admin line's cap in basis points of inflows; 0 for a donation
        /// campaign: the statutory cap.
        uint16 adminCapBps;
        /// @notice Spends above this amount wait for the supervisor's approval.
        uint256 approvalThreshold;
        /// @notice The admin line's own limit (besides the cap).
        uint256 adminLimit;
        /// @notice Where settlement sends a consignment fund's balance (the city's account),
        /// and a campaign's when it names no open follow-up fund.
        address returnTo;
    }

    struct Fund {
        Terms terms;
        bool statutoryCap;
        bool settled;
        uint256 followUp;
        uint256 inflows;
        uint256 donations;
        uint256 spent;
        uint256 refunded;
        uint256 pending;
        uint256 settledAmount;
    }

    struct Line {
        bytes32 code;
        uint256 limit;
        uint256 spent;
        uint256 refunded;
        uint256 pending;
    }

    struct Spend {
        uint256 fund;
        uint256 line;
        address payee;
        uint8 status;
        bool flagged;
        uint64 at;
        uint256 amount;
        uint256 refunded;
        bytes32 evidence;
        bytes32 flagRef;
    }

    /// @notice One donation of a batch: the donor's receipt reference (a hash; the donor's
    /// identity stays with the collector) and the amount in won.
    struct Donation {
        bytes32 receipt;
        uint256 amount;
    }

    /// @notice A receipt's donation: its fund and amount (fund 0: not recorded).
    struct ReceiptEntry {
        uint64 fund;
        uint192 amount;
    }

    /// @custom:storage-location erc7201:seoulchain.storage.FundLedger
    struct LedgerStorage {
        uint256 fundCount;
        uint256 spendCount;
        mapping(uint256 fund => Fund) funds;
        mapping(uint256 fund => Line[]) lines;
        mapping(uint256 fund => mapping(address payee => bool)) payees;
        mapping(uint256 spend => Spend) spends;
        // Retired: receipts were once global, so one fund's collector could take a reference
        // another fund's batch would use. Read only, for receipts recorded before, and then
        // only for the fund they were recorded in.
        mapping(bytes32 receipt => ReceiptEntry) receipts;
        mapping(uint256 fund => mapping(address collector => bool)) collectors;
        mapping(uint256 fund => mapping(bytes32 receipt => ReceiptEntry)) fundReceipts;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.FundLedger")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0x9ff06c6e1f8ea93bd4b96fb8d7dcb5fd7cf6c4a79151c22b0bd424817afcdb00;

    /// @notice The settlement token.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC20 public immutable KRW;

    error FundZeroAddress();
    error FundBadKind(uint8 kind);
    error FundBadTerm(uint64 start, uint64 end);
    error FundBadCap(uint16 bps);
    error FundSupervisorIsManager(address account);
    error FundUnknown(uint256 fund);
    error FundNotManager(uint256 fund, address caller);
    error FundNotSupervisor(uint256 fund, address caller);
    error FundNotManagerOrSupervisor(uint256 fund, address caller);
    /// @notice The fund is settled: nothing moves any more.
    error FundSettled(uint256 fund);
    error FundZeroAmount();
    error FundEmptyBatch();
    error FundZeroReceipt();
    /// @notice `receipt` is recorded already in `fund` (with another amount, or in the same
    /// single donation).
    error FundDuplicateReceipt(bytes32 receipt, uint256 fund);
    /// @notice An action allowed only during the fund's term [start, end].
    error FundOutsideTerm(uint256 fund, uint64 nowTime, uint64 start, uint64 end);
    /// @notice An inflow of a kind the fund does not take (a tranche to a campaign).
    error FundWrongKind(uint256 fund, uint8 inflowKind);
    error FundBadLine(uint256 fund, uint256 line);
    error FundZeroCode();
    error FundTooManyLines(uint256 fund);
    error FundPayeeNotRegistered(uint256 fund, address payee);
    error FundPayeeAlreadyRegistered(uint256 fund, address payee);
    /// @notice A spend without an evidence hash (invoice, payroll sheet).
    error FundNoEvidence();
    /// @notice The line's limit would be passed: spent − refunded + pending would be `wouldBe`.
    error FundLineOverspent(uint256 fund, uint256 line, uint256 limit, uint256 wouldBe);
    /// @notice The admin-cost cap would be passed: admin costs would be `wouldBe` of `cap`.
    error FundAdminCapExceeded(uint256 fund, uint256 cap, uint256 wouldBe);
    error FundInsufficientBalance(uint256 fund, uint256 available, uint256 amount);
    error FundUnknownSpend(uint256 spend);
    error FundSpendNotPending(uint256 spend, uint8 status);
    error FundSpendNotPaid(uint256 spend, uint8 status);
    error FundRefundExceedsSpend(uint256 spend, uint256 amount, uint256 refunded, uint256 refund);
    error FundAlreadyFlagged(uint256 spend);
    error FundNoReason();
    error FundSettleTooEarly(uint256 fund, uint64 settleAfter, uint64 nowTime);
    error FundAlreadySettled(uint256 fund);
    error FundNotDonation(uint256 fund);
    error FundBadFollowUp(uint256 fund, uint256 followUp);
    error FundUpgradeChangesToken(address current, address proposed);
    /// @notice Only the fund's registered collecting systems post donations.
    error FundNotCollector(uint256 fund, address caller);
    error FundCollectorAlreadyRegistered(uint256 fund, address collector);
    error FundCollectorNotRegistered(uint256 fund, address collector);

    event FundCreated(
        uint256 indexed fund,
        uint8 kind,
        address indexed manager,
        address indexed supervisor,
        uint64 start,
        uint64 end,
        uint64 grace,
        uint16 adminCapBps,
        bool statutoryCap,
        uint256 approvalThreshold,
        address returnTo
    );
    event LineAdded(uint256 indexed fund, uint256 line, bytes32 code, uint256 limit);
    event PayeeAdded(uint256 indexed fund, address indexed payee, address by);
    event PayeeRemoved(uint256 indexed fund, address indexed payee, address by);
    event FollowUpNamed(uint256 indexed fund, uint256 followUp, address by);
    event CollectorAdded(uint256 indexed fund, address indexed collector, address by);
    event CollectorRemoved(uint256 indexed fund, address indexed collector, address by);
    /// @notice A donation, by its receipt; `from` is the collecting account that paid it in.
    event Donated(uint256 indexed fund, bytes32 indexed receipt, uint256 amount, address from);
    /// @notice A batch repeated a donation already recorded in the fund: skipped.
    event DonationSkipped(uint256 indexed fund, bytes32 indexed receipt);
    /// @notice Any other inflow: a tranche, interest, or a settled campaign's remainder
    /// (`ref` is then the settled fund's id).
    event Deposited(uint256 indexed fund, uint8 kind, bytes32 ref, uint256 amount, address from);
    /// @notice A spend: paid now, or `pending` the supervisor's approval.
    event SpendRequested(
        uint256 indexed fund, uint256 indexed spend, uint256 line, address indexed payee, uint256 amount, bytes32 evidence, bool pending
    );
    /// @notice A pending spend approved, and so paid.
    event SpendApproved(uint256 indexed fund, uint256 indexed spend, address by);
    event SpendRejected(uint256 indexed fund, uint256 indexed spend, address by);
    event SpendFlagged(uint256 indexed fund, uint256 indexed spend, bytes32 reasonRef, address by);
    event SpendRefunded(uint256 indexed fund, uint256 indexed spend, uint256 amount, address from);
    /// @notice The fund settled: `amount` went to `to` (fund `toFund`, or 0 for an account);
    /// pending spends worth `pendingCancelled` lapse.
    event Settled(uint256 indexed fund, uint256 amount, address to, uint256 toFund, uint256 pendingCancelled, address by);

    /// @param token the KRW token; every later implementation must name it too.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IERC20 token) {
        KRW = token;
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

    // ---- funds, lines, payees ----

    /// @notice Opens a fund. Its line 0 (`ADMIN_LINE`, code "admin") holds administration and
    /// collection costs, limited by `t.adminLimit` and capped by `t.adminCapBps` of its base
    /// (see `adminCap`).
    function createFund(Terms calldata t) external onlyRole(REGISTRAR_ROLE) returns (uint256 id) {
        if (t.kind != DONATION && t.kind != CONSIGNMENT) revert FundBadKind(t.kind);
        if (t.manager == address(0) || t.supervisor == address(0) || t.returnTo == address(0)) revert FundZeroAddress();
        if (t.manager == t.supervisor) revert FundSupervisorIsManager(t.manager);
        if (t.end <= t.start) revert FundBadTerm(t.start, t.end);
        if (t.adminCapBps > BPS) revert FundBadCap(t.adminCapBps);
        LedgerStorage storage s = _store();
        id = ++s.fundCount;
        Fund storage f = s.funds[id];
        f.terms = t;
        f.statutoryCap = t.kind == DONATION && t.adminCapBps == 0;
        emit FundCreated(
            id, t.kind, t.manager, t.supervisor, t.start, t.end, t.grace, t.adminCapBps, f.statutoryCap, t.approvalThreshold, t.returnTo
        );
        _addLine(id, "admin", t.adminLimit);
    }

    /// @notice Adds budget line `code` with `limit` to `fund` (the supervisor approves budgets).
    function addLine(uint256 fund, bytes32 code, uint256 limit) external returns (uint256 line) {
        _bySupervisor(fund);
        if (code == bytes32(0)) revert FundZeroCode();
        return _addLine(fund, code, limit);
    }

    /// @notice The supervisor registers `payee` on `fund`: only registered payees are paid, so
    /// the manager cannot name its own.
    function addPayee(uint256 fund, address payee) external {
        _bySupervisor(fund);
        if (payee == address(0)) revert FundZeroAddress();
        mapping(address => bool) storage p = _store().payees[fund];
        if (p[payee]) revert FundPayeeAlreadyRegistered(fund, payee);
        p[payee] = true;
        emit PayeeAdded(fund, payee, msg.sender);
    }

    /// @notice Removes `payee` from `fund`: no further spend to it (refunds are still taken).
    /// The manager may too: stopping payments only narrows what it can do.
    function removePayee(uint256 fund, address payee) external {
        _managerOrSupervisor(fund);
        mapping(address => bool) storage p = _store().payees[fund];
        if (!p[payee]) revert FundPayeeNotRegistered(fund, payee);
        p[payee] = false;
        emit PayeeRemoved(fund, payee, msg.sender);
    }

    /// @notice The supervisor names the campaign that takes `fund`'s remainder at settlement
    /// (the manager could otherwise move the remainder to a campaign of its own).
    function setFollowUp(uint256 fund, uint256 followUp) external {
        Fund storage f = _bySupervisor(fund);
        if (f.terms.kind != DONATION) revert FundNotDonation(fund);
        LedgerStorage storage s = _store();
        if (followUp == fund || followUp == 0 || followUp > s.fundCount) revert FundBadFollowUp(fund, followUp);
        Fund storage next = s.funds[followUp];
        if (next.terms.kind != DONATION || next.settled) revert FundBadFollowUp(fund, followUp);
        f.followUp = followUp;
        emit FollowUpNamed(fund, followUp, msg.sender);
    }

    /// @notice The supervisor registers `collector`, a collecting system (a charity's, the
    /// city's desk, the relayer's payer key), as one that posts donations to `fund`.
    function addCollector(uint256 fund, address collector) external {
        Fund storage f = _bySupervisor(fund);
        if (f.terms.kind != DONATION) revert FundNotDonation(fund);
        if (collector == address(0)) revert FundZeroAddress();
        mapping(address => bool) storage c = _store().collectors[fund];
        if (c[collector]) revert FundCollectorAlreadyRegistered(fund, collector);
        c[collector] = true;
        emit CollectorAdded(fund, collector, msg.sender);
    }

    /// @notice The supervisor stops `collector` posting donations to `fund`.
    function removeCollector(uint256 fund, address collector) external {
        _bySupervisor(fund);
        mapping(address => bool) storage c = _store().collectors[fund];
        if (!c[collector]) revert FundCollectorNotRegistered(fund, collector);
        c[collector] = false;
        emit CollectorRemoved(fund, collector, msg.sender);
    }

    // ---- inflows ----

    /// @notice One donation of `amount` won under `receipt`, paid in by the caller, a
    /// registered collector of the fund. A receipt is recorded once in a fund.
    function donate(uint256 fund, bytes32 receipt, uint256 amount) external {
        _donationOpen(fund);
        if (!_record(fund, receipt, amount, false)) return;
        _takeIn(fund, amount, true);
    }

    /// @notice A batch of donations from a registered collecting system, paid in by the
    /// caller in one transfer. A donation whose receipt this fund recorded already with the same amount is
    /// skipped (`DonationSkipped`), so a batch sent again after a crash records nothing twice;
    /// any other problem refuses the whole batch.
    function donateBatch(uint256 fund, Donation[] calldata batch) external returns (uint256 recorded, uint256 skipped) {
        if (batch.length == 0) revert FundEmptyBatch();
        _donationOpen(fund);
        uint256 total;
        for (uint256 i = 0; i < batch.length; ++i) {
            if (_record(fund, batch[i].receipt, batch[i].amount, true)) {
                total += batch[i].amount;
                ++recorded;
            } else {
                ++skipped;
            }
        }
        if (total > 0) _takeIn(fund, total, true);
    }

    /// @notice A tranche from the city (consignment funds) or interest earned (any fund),
    /// paid in by the caller, under the caller's reference `ref`.
    function deposit(uint256 fund, uint8 kind, bytes32 ref, uint256 amount) external {
        Fund storage f = _open(fund);
        if (kind != TRANCHE && kind != INTEREST) revert FundWrongKind(fund, kind);
        if (kind == TRANCHE && f.terms.kind != CONSIGNMENT) revert FundWrongKind(fund, kind);
        if (amount == 0) revert FundZeroAmount();
        _takeIn(fund, amount, false);
        emit Deposited(fund, kind, ref, amount, msg.sender);
    }

    // ---- outflows ----

    /// @notice The manager pays `amount` from `line` to registered `payee` against `evidence`
    /// (the hash of the invoice or payroll sheet). Above the fund's approval threshold the
    /// spend waits for the supervisor; the amount is reserved meanwhile.
    function spend(uint256 fund, uint256 line, address payee, uint256 amount, bytes32 evidence) external returns (uint256 id) {
        LedgerStorage storage s = _store();
        Fund storage f = _open(fund);
        if (msg.sender != f.terms.manager) revert FundNotManager(fund, msg.sender);
        if (block.timestamp < f.terms.start || block.timestamp > f.terms.end) {
            revert FundOutsideTerm(fund, uint64(block.timestamp), f.terms.start, f.terms.end);
        }
        if (!s.payees[fund][payee]) revert FundPayeeNotRegistered(fund, payee);
        if (evidence == bytes32(0)) revert FundNoEvidence();
        if (amount == 0) revert FundZeroAmount();
        if (line >= s.lines[fund].length) revert FundBadLine(fund, line);
        Line storage l = s.lines[fund][line];
        uint256 used = l.spent - l.refunded + l.pending + amount;
        if (used > l.limit) revert FundLineOverspent(fund, line, l.limit, used);
        if (line == ADMIN_LINE) {
            uint256 cap = adminCap(fund);
            if (used > cap) revert FundAdminCapExceeded(fund, cap, used);
        }
        uint256 available = _balance(f) - f.pending;
        if (amount > available) revert FundInsufficientBalance(fund, available, amount);
        id = ++s.spendCount;
        bool waits = amount > f.terms.approvalThreshold;
        s.spends[id] = Spend({
            fund: fund,
            line: line,
            payee: payee,
            status: waits ? PENDING : PAID,
            flagged: false,
            at: uint64(block.timestamp),
            amount: amount,
            refunded: 0,
            evidence: evidence,
            flagRef: bytes32(0)
        });
        emit SpendRequested(fund, id, line, payee, amount, evidence, waits);
        if (waits) {
            l.pending += amount;
            f.pending += amount;
        } else {
            _pay(f, l, payee, amount);
        }
    }

    /// @notice The supervisor approves pending spend `id`, which is paid now.
    function approve(uint256 id) external {
        (Spend storage sp, Fund storage f, Line storage l) = _pendingBySupervisor(id);
        if (!_store().payees[sp.fund][sp.payee]) revert FundPayeeNotRegistered(sp.fund, sp.payee);
        sp.status = PAID;
        l.pending -= sp.amount;
        f.pending -= sp.amount;
        emit SpendApproved(sp.fund, id, msg.sender);
        _pay(f, l, sp.payee, sp.amount);
    }

    /// @notice The supervisor refuses pending spend `id`; its reservation is released.
    function reject(uint256 id) external {
        (Spend storage sp, Fund storage f, Line storage l) = _pendingBySupervisor(id);
        sp.status = REJECTED;
        l.pending -= sp.amount;
        f.pending -= sp.amount;
        emit SpendRejected(sp.fund, id, msg.sender);
    }

    /// @notice The supervisor flags spend `id` for audit, with the reference of its reason
    /// (a case code or the hash of the note). Moves nothing, so it stays possible after
    /// settlement.
    function flag(uint256 id, bytes32 reasonRef) external {
        Spend storage sp = _spend(id);
        Fund storage f = _store().funds[sp.fund];
        if (msg.sender != f.terms.supervisor) revert FundNotSupervisor(sp.fund, msg.sender);
        if (reasonRef == bytes32(0)) revert FundNoReason();
        if (sp.flagged) revert FundAlreadyFlagged(id);
        sp.flagged = true;
        sp.flagRef = reasonRef;
        emit SpendFlagged(sp.fund, id, reasonRef, msg.sender);
    }

    /// @notice `amount` of paid spend `id` comes back (a payee's refund or a clawback), paid
    /// in by the caller; the line's spending goes down by as much.
    function refund(uint256 id, uint256 amount) external {
        Spend storage sp = _spend(id);
        Fund storage f = _open(sp.fund);
        if (sp.status != PAID) revert FundSpendNotPaid(id, sp.status);
        if (amount == 0) revert FundZeroAmount();
        if (sp.refunded + amount > sp.amount) revert FundRefundExceedsSpend(id, sp.amount, sp.refunded, amount);
        sp.refunded += amount;
        _store().lines[sp.fund][sp.line].refunded += amount;
        f.refunded += amount;
        KRW.safeTransferFrom(msg.sender, address(this), amount);
        emit SpendRefunded(sp.fund, id, amount, msg.sender);
    }

    // ---- settlement ----

    /// @notice Settles `fund` once its term and grace period are over; anyone may call.
    /// Pending spends lapse; the balance goes to the city (consignment) or to the named
    /// follow-up campaign (donation; `returnTo` if none is named or it has settled).
    function settle(uint256 fund) external {
        LedgerStorage storage s = _store();
        Fund storage f = _fund(fund);
        if (f.settled) revert FundAlreadySettled(fund);
        uint64 after_ = f.terms.end + f.terms.grace;
        if (block.timestamp <= after_) revert FundSettleTooEarly(fund, after_, uint64(block.timestamp));
        f.settled = true;
        uint256 lapsed = f.pending;
        if (lapsed > 0) {
            f.pending = 0;
            Line[] storage ls = s.lines[fund];
            for (uint256 i = 0; i < ls.length; ++i) {
                ls[i].pending = 0;
            }
        }
        uint256 amount = _balance(f);
        f.settledAmount = amount;
        uint256 toFund;
        address to = f.terms.returnTo;
        if (f.terms.kind == DONATION && f.followUp != 0 && !s.funds[f.followUp].settled) {
            toFund = f.followUp;
            to = address(this);
        }
        emit Settled(fund, amount, to, toFund, lapsed, msg.sender);
        if (amount == 0) return;
        if (toFund != 0) {
            s.funds[toFund].inflows += amount;
            emit Deposited(toFund, CARRIED_OVER, bytes32(fund), amount, address(this));
        } else {
            KRW.safeTransfer(to, amount);
        }
    }

    // ---- views ----

    function fundCount() external view returns (uint256) {
        return _store().fundCount;
    }

    function spendCount() external view returns (uint256) {
        return _store().spendCount;
    }

    /// @notice Fund `id` (terms.kind 0: no such fund).
    function fundOf(uint256 id) external view returns (Fund memory) {
        return _store().funds[id];
    }

    /// @notice The lines of fund `id`, line 0 first.
    function linesOf(uint256 id) external view returns (Line[] memory) {
        return _store().lines[id];
    }

    function spendOf(uint256 id) external view returns (Spend memory) {
        return _store().spends[id];
    }

    function isPayee(uint256 fund, address payee) external view returns (bool) {
        return _store().payees[fund][payee];
    }

    function isCollector(uint256 fund, address collector) external view returns (bool) {
        return _store().collectors[fund][collector];
    }

    /// @notice `receipt`'s donation to `fund` (fund 0: not recorded there). Receipts are per
    /// fund: the same reference may name another donation in another fund.
    function receiptOf(uint256 fund, bytes32 receipt) external view returns (ReceiptEntry memory) {
        return _receipt(fund, receipt);
    }

    /// @notice What fund `id` holds: inflows − spent + refunded − settled.
    function balanceOf(uint256 id) external view returns (uint256) {
        return _balance(_store().funds[id]);
    }

    /// @notice The admin line's cap now, on the fund's base: a campaign's donations (what it
    /// collected; not interest, not a carried-over remainder), a consignment fund's inflows.
    /// `adminCapBps` of the base, or for a campaign on the statutory cap, `statutoryCap`.
    /// Bases only grow, so the cap never drops below admin costs already paid.
    function adminCap(uint256 id) public view returns (uint256) {
        Fund storage f = _store().funds[id];
        if (f.terms.kind == DONATION) {
            return f.statutoryCap ? statutoryCap(f.donations) : (f.donations * f.terms.adminCapBps) / BPS;
        }
        return (f.inflows * f.terms.adminCapBps) / BPS;
    }

    /// @notice The share of a campaign's collected amount that may pay its collection costs,
    /// by the Enforcement Decree of the Act on Collection and Use of Donations (기부금품의
    /// 모집 및 사용에 관한 법률 시행령, art. 19, under art. 13 of the Act): 15% up to
    /// ₩1 billion collected, 13% up to ₩10 billion, 12% up to ₩20 billion, 10% above.
    function statutoryCapBps(uint256 collected) public pure returns (uint16) {
        if (collected <= 1e9) return 1500;
        if (collected <= 1e10) return 1300;
        if (collected <= 2e10) return 1200;
        return 1000;
    }

    /// @notice The statutory cap in won on `collected`: the tier's rate of the whole, but
    /// never less than the cap reached at the top of the tier below (15% of ₩1 billion,
    /// 13% of ₩10 billion, 12% of ₩20 billion), so that more donations never lower it.
    function statutoryCap(uint256 collected) public pure returns (uint256) {
        uint256 byRate = (collected * statutoryCapBps(collected)) / BPS;
        uint256 floor;
        if (collected > 2e10) floor = 24e8;
        else if (collected > 1e10) floor = 13e8;
        else if (collected > 1e9) floor = 15e7;
        return byRate > floor ? byRate : floor;
    }

    // ---- internals ----

    function _addLine(uint256 fund, bytes32 code, uint256 limit) private returns (uint256 line) {
        Line[] storage ls = _store().lines[fund];
        if (ls.length >= MAX_LINES) revert FundTooManyLines(fund);
        line = ls.length;
        ls.push(Line({code: code, limit: limit, spent: 0, refunded: 0, pending: 0}));
        emit LineAdded(fund, line, code, limit);
    }

    function _donationOpen(uint256 fund) private view {
        Fund storage f = _open(fund);
        if (f.terms.kind != DONATION) revert FundWrongKind(fund, DONATION);
        if (!_store().collectors[fund][msg.sender]) revert FundNotCollector(fund, msg.sender);
        if (block.timestamp < f.terms.start || block.timestamp > f.terms.end) {
            revert FundOutsideTerm(fund, uint64(block.timestamp), f.terms.start, f.terms.end);
        }
    }

    /// @dev Records a donation; false when `skipRepeat` and this fund has it already with
    /// the same amount. Only this fund's receipts count: another fund's are no conflict.
    function _record(uint256 fund, bytes32 receipt, uint256 amount, bool skipRepeat) private returns (bool) {
        if (receipt == bytes32(0)) revert FundZeroReceipt();
        if (amount == 0) revert FundZeroAmount();
        ReceiptEntry memory had = _receipt(fund, receipt);
        if (had.fund != 0) {
            if (skipRepeat && had.amount == amount) {
                emit DonationSkipped(fund, receipt);
                return false;
            }
            revert FundDuplicateReceipt(receipt, fund);
        }
        _store().fundReceipts[fund][receipt] = ReceiptEntry({fund: uint64(fund), amount: uint192(amount)});
        emit Donated(fund, receipt, amount, msg.sender);
        return true;
    }

    /// @dev `receipt` in `fund`: recorded under the fund, or (before receipts were per fund)
    /// globally, and then only if it was this fund's.
    function _receipt(uint256 fund, bytes32 receipt) private view returns (ReceiptEntry memory r) {
        LedgerStorage storage s = _store();
        r = s.fundReceipts[fund][receipt];
        if (r.fund == 0) {
            ReceiptEntry memory legacy = s.receipts[receipt];
            if (legacy.fund == fund) r = legacy;
        }
    }

    function _takeIn(uint256 fund, uint256 amount, bool donation) private {
        Fund storage f = _store().funds[fund];
        f.inflows += amount;
        if (donation) f.donations += amount;
        KRW.safeTransferFrom(msg.sender, address(this), amount);
    }

    function _pay(Fund storage f, Line storage l, address payee, uint256 amount) private {
        l.spent += amount;
        f.spent += amount;
        KRW.safeTransfer(payee, amount);
    }

    function _balance(Fund storage f) private view returns (uint256) {
        return f.inflows + f.refunded - f.spent - f.settledAmount;
    }

    function _fund(uint256 id) private view returns (Fund storage f) {
        f = _store().funds[id];
        if (f.terms.kind == 0) revert FundUnknown(id);
    }

    function _open(uint256 id) private view returns (Fund storage f) {
        f = _fund(id);
        if (f.settled) revert FundSettled(id);
    }

    function _managerOrSupervisor(uint256 id) private view returns (Fund storage f) {
        f = _open(id);
        if (msg.sender != f.terms.manager && msg.sender != f.terms.supervisor) revert FundNotManagerOrSupervisor(id, msg.sender);
    }

    function _bySupervisor(uint256 id) private view returns (Fund storage f) {
        f = _open(id);
        if (msg.sender != f.terms.supervisor) revert FundNotSupervisor(id, msg.sender);
    }

    function _spend(uint256 id) private view returns (Spend storage sp) {
        sp = _store().spends[id];
        if (sp.fund == 0) revert FundUnknownSpend(id);
    }

    function _pendingBySupervisor(uint256 id) private view returns (Spend storage sp, Fund storage f, Line storage l) {
        sp = _spend(id);
        f = _open(sp.fund);
        if (msg.sender != f.terms.supervisor) revert FundNotSupervisor(sp.fund, msg.sender);
        if (sp.status != PENDING) revert FundSpendNotPending(id, sp.status);
        l = _store().lines[sp.fund][sp.line];
    }

    function _store() private pure returns (LedgerStorage storage s) {
        bytes32 slot = STORAGE_SLOT;
        // ERC-7201: the only way to point a storage reference at a computed slot.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            s.slot := slot
        }
    }

    /// @dev Upgrades are the admin's and keep the token: the funds' balances are in it.
    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        IERC20 proposed;
        try FundLedger(newImplementation).KRW() returns (IERC20 token) {
            proposed = token;
        } catch {}
        if (proposed != KRW) revert FundUpgradeChangesToken(address(KRW), address(proposed));
    }
}
