// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {GovernedForwarderContext} from "./platform/GovernedForwarderContext.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {IERC20} from "@openzeppelin/contracts/token/ERC20/IERC20.sol";
import {SafeERC20} from "@openzeppelin/contracts/token/ERC20/utils/SafeERC20.sol";

/// @title SubcontractEscrow
/// @notice Pays the city's public-works money straight to everyone it is owed to. A city
/// department (client) registers a contract with its payees (subcontractors, suppliers,
/// workers, and the prime contractor's own line) and milestones, each split among the
/// payees. Once the prime accepts the plan, the department funds milestones in KRW tokens
/// and, on approval, the escrow pays every payee's share in the same transaction: the prime
/// receives only its own line and can never hold back anyone else's.
///
/// Money rules: each milestone records what it was funded with and what has left escrow
/// from it (paid to payees or returned to the city); after every movement the escrow checks
/// paidOut <= funded for that milestone and released + returned <= funded for the project,
/// so one project can never be paid from another's money.
///
/// Pauses: every movement of money (fund, approve, resolve, cancel) is a KRW transfer. When
/// the bank pauses KRW, those calls revert with KRW's EnforcedPause and change nothing here:
/// the bank's pause is the emergency brake on the money and the escrow does not pretend
/// otherwise. Calls that move no money (register, accept, hold, change orders, client
/// changes) still work.
///
/// On chain about people: addresses, amounts and 32-byte references (a hold's reason is a
/// salted commitment or a case code; the text stays off chain). No names, no free text.
/// Gasless: the prime, the payees and the client may act through the city's forwarder
/// (ERC-2771, the relayer pays the gas; which functions the relayer relays is its
/// allow-list): `_msgSender()` is then the signer of the request.
/// @dev Shares are stored flat: payee p's share of milestone m is at m * payeeCount + p.
contract SubcontractEscrow is GovernedForwarderContext, UUPSUpgradeable {
    using SafeERC20 for IERC20;

    /// @notice City departments that register and pay public-works contracts.
    bytes32 public constant CLIENT_ROLE = keccak256("CLIENT_ROLE");

    /// @notice How long a project's reassignment to another client waits after the admin's
    /// request, so that the current client (or anyone watching) can see it and object.
    uint256 public constant CLIENT_CHANGE_DELAY = 72 hours;

    enum Status {
        None,
        Proposed,
        Active,
        Cancelled
    }
    enum MilestoneState {
        Pending,
        Funded,
        Approved
    }

    struct Project {
        address client;
        address prime;
        Status status;
        uint256 funded;
        uint256 released;
        uint256 returned;
    }

    struct Amendment {
        uint64 nonce;
        bool pending;
        uint256 approvalsNeeded;
        bytes32 planHash; // keccak256(abi.encode(milestoneAmounts, shares))
        uint256[] milestoneAmounts;
        uint256[] shares;
    }

    /// @notice What milestone m was funded with, and what has left escrow from it.
    struct MilestoneMoney {
        uint256 funded;
        uint256 paidOut; // paid to payees plus returned to the city
    }

    struct ClientChange {
        address newClient;
        uint64 executeAfter; // 0: none pending
    }

    error EscrowNoPayees();
    error EscrowNoMilestones();
    error EscrowZeroAddress();
    error EscrowDuplicatePayee(address payee);
    error EscrowPrimeNotPayee(address prime);
    error EscrowSharesLength(uint256 expected, uint256 got);
    error EscrowZeroAmount(uint256 milestone);
    error EscrowSplitMismatch(uint256 milestone, uint256 amount, uint256 sumOfShares);
    error EscrowPayeeWithoutAmount(address payee);
    error EscrowUnknownProject(uint256 id);
    error EscrowNotClient(uint256 id, address caller);
    error EscrowNotPrime(uint256 id, address caller);
    error EscrowWrongStatus(uint256 id, Status status);
    error EscrowNoSuchMilestone(uint256 id, uint256 milestone);
    error EscrowWrongMilestoneState(uint256 id, uint256 milestone, MilestoneState state);
    error EscrowNotPayee(uint256 id, address account);
    error EscrowAlreadyHeld(uint256 id, uint256 milestone, address payee);
    error EscrowNotHeld(uint256 id, uint256 milestone, address payee);
    error EscrowNothingToHold(uint256 id, uint256 milestone, address payee);
    error EscrowMilestoneLocked(uint256 id, uint256 milestone);
    error EscrowNoAmendment(uint256 id);
    error EscrowNotAmendmentApprover(uint256 id, address account);
    error EscrowAlreadyApproved(uint256 id, address account);
    error EscrowStaleAmendment(uint256 id, uint64 pendingNonce, uint64 givenNonce);
    error EscrowAmendmentPending(uint256 id, uint256 milestone);
    error EscrowClientRoleRevoked(uint256 id, address client);
    error EscrowNewClientWithoutRole(uint256 id, address newClient);
    error EscrowNoClientChange(uint256 id);
    error EscrowClientChangeTooEarly(uint256 id, uint256 executeAfter, uint256 now_);
    error EscrowNotClientOrAdmin(uint256 id, address caller);
    error EscrowMilestoneOverpaid(uint256 id, uint256 milestone, uint256 funded, uint256 paidOut);
    error EscrowProjectInsolvent(uint256 id, uint256 funded, uint256 releasedPlusReturned);
    /// @notice An upgrade to an implementation bound to another token than `current`.
    error EscrowUpgradeChangesToken(address current, address proposed);

    event ProjectRegistered(uint256 indexed id, address indexed client, address indexed prime, address[] payees);
    event MilestonePlanned(uint256 indexed id, uint256 milestone, uint256 amount, uint256[] shares);
    event PlanAccepted(uint256 indexed id, address indexed prime);
    event MilestoneFunded(uint256 indexed id, uint256 milestone, uint256 amount);
    event MilestoneApproved(uint256 indexed id, uint256 milestone);
    event PaymentReleased(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount);
    event ShareHeld(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bytes32 reasonRef);
    event HoldResolved(uint256 indexed id, uint256 milestone, address indexed payee, uint256 amount, bool toPayee);
    event AmendmentProposed(uint256 indexed id, uint64 nonce, address indexed proposer, uint256 approvalsNeeded, bytes32 planHash);
    event AmendmentApproved(uint256 indexed id, uint64 nonce, address indexed approver);
    event AmendmentApplied(uint256 indexed id, uint64 nonce);
    event AmendmentRejected(uint256 indexed id, uint64 nonce, address indexed by);
    event ProjectCancelled(uint256 indexed id, uint256 returned);
    event ClientChangeRequested(uint256 indexed id, address indexed from, address indexed to, uint256 executeAfter);
    event ClientChangeCancelled(uint256 indexed id, address indexed to, address by);
    event ClientChanged(uint256 indexed id, address indexed from, address indexed to);

    /// @notice The settlement token. Immutable in the implementation (no storage read on
    /// every movement): an upgrade must keep it, which `_authorizeUpgrade` checks.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    IERC20 public immutable KRW;
    uint256 public projectCount;

    mapping(uint256 => Project) private _projects;
    mapping(uint256 => address[]) private _payees;
    mapping(uint256 => mapping(address => uint256)) private _payeeSlot; // index + 1
    mapping(uint256 => uint256[]) private _milestoneAmounts;
    mapping(uint256 => MilestoneState[]) private _milestoneStates;
    mapping(uint256 => uint256[]) private _shares;
    mapping(uint256 => mapping(uint256 => uint256)) private _held; // id => m*payeeCount+p => amount
    mapping(uint256 => mapping(address => uint256)) private _paid;
    mapping(uint256 => Amendment) private _amendments;
    mapping(uint256 => mapping(uint64 => mapping(address => bool))) private _amendmentApproved;
    mapping(uint256 => mapping(uint256 => MilestoneMoney)) private _money; // id => milestone
    mapping(uint256 => ClientChange) private _clientChanges;

    /// @param token the KRW token the escrow moves; every later implementation must name it too.
    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(IERC20 token) {
        KRW = token;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param forwarder is the trusted forwarder of gasless calls (the council may replace it).
    /// @param admin receives the admin and client roles.
    function initialize(address forwarder, address admin) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(CLIENT_ROLE, admin);
    }

    // ---- registration and acceptance ----

    /// @notice Registers a public-works contract. `shares` holds each milestone's split,
    /// milestone by milestone, in the order of `payees`. The prime must be one of the payees.
    function register(address prime, address[] calldata payees, uint256[] calldata milestoneAmounts, uint256[] calldata shares)
        external
        onlyRole(CLIENT_ROLE)
        returns (uint256 id)
    {
        if (prime == address(0)) revert EscrowZeroAddress();
        if (payees.length == 0) revert EscrowNoPayees();
        id = ++projectCount;
        bool primeListed;
        for (uint256 p = 0; p < payees.length; ++p) {
            address payee = payees[p];
            if (payee == address(0)) revert EscrowZeroAddress();
            if (_payeeSlot[id][payee] != 0) revert EscrowDuplicatePayee(payee);
            _payeeSlot[id][payee] = p + 1;
            if (payee == prime) primeListed = true;
        }
        if (!primeListed) revert EscrowPrimeNotPayee(prime);
        _checkPlan(payees, milestoneAmounts, shares);
        _payees[id] = payees;
        _milestoneAmounts[id] = milestoneAmounts;
        _shares[id] = shares;
        for (uint256 m = 0; m < milestoneAmounts.length; ++m) {
            _milestoneStates[id].push(MilestoneState.Pending);
        }
        _projects[id] = Project({client: _msgSender(), prime: prime, status: Status.Proposed, funded: 0, released: 0, returned: 0});
        emit ProjectRegistered(id, _msgSender(), prime, payees);
        _emitPlan(id);
    }

    /// @notice The prime contractor agrees to the plan; money can move from now on.
    function accept(uint256 id) external {
        Project storage pr = _project(id);
        if (_msgSender() != pr.prime) revert EscrowNotPrime(id, _msgSender());
        if (pr.status != Status.Proposed) revert EscrowWrongStatus(id, pr.status);
        pr.status = Status.Active;
        emit PlanAccepted(id, pr.prime);
    }

    // ---- money ----

    /// @notice The client pays milestone `m`'s amount into escrow (it must have approved
    /// this contract to take that many KRW tokens). Refused while a pending amendment would
    /// change the milestone: the client funds agreed terms only (approve or reject the
    /// amendment first). From here on the milestone's amount and split are locked.
    function fund(uint256 id, uint256 m) external {
        Project storage pr = _clientActive(id);
        _requireState(id, m, MilestoneState.Pending);
        if (_amendmentChanges(id, m)) revert EscrowAmendmentPending(id, m);
        uint256 amount = _milestoneAmounts[id][m];
        _milestoneStates[id][m] = MilestoneState.Funded;
        _money[id][m].funded = amount;
        pr.funded += amount;
        KRW.safeTransferFrom(_msgSender(), address(this), amount);
        emit MilestoneFunded(id, m, amount);
    }

    /// @notice Inspection passed: pays every payee's share of milestone `m` now, except
    /// shares on hold, which stay in escrow until resolved.
    function approve(uint256 id, uint256 m) external {
        Project storage pr = _clientActive(id);
        _requireState(id, m, MilestoneState.Funded);
        _milestoneStates[id][m] = MilestoneState.Approved;
        address[] storage payees = _payees[id];
        uint256 base = m * payees.length;
        uint256 released;
        for (uint256 p = 0; p < payees.length; ++p) {
            uint256 share = _shares[id][base + p];
            if (share == 0 || _held[id][base + p] != 0) continue;
            released += share;
            _pay(id, m, payees[p], share);
        }
        pr.released += released;
        _moved(id, pr, m, released);
        emit MilestoneApproved(id, m);
    }

    /// @notice Holds one payee's share of a funded, not yet approved milestone; everyone
    /// else is paid as usual on approval. Only funded milestones, whose shares no amendment
    /// can change, may be held, so the amount held is the share that will be owed.
    /// @param reasonRef a reference to the reason, never the text: a salted commitment
    /// (keccak256 of a random salt and the text, kept off chain) or the department's case code.
    function hold(uint256 id, uint256 m, address payee, bytes32 reasonRef) external {
        _clientActive(id);
        _requireState(id, m, MilestoneState.Funded);
        uint256 k = m * _payees[id].length + _payeeIndex(id, payee);
        uint256 share = _shares[id][k];
        if (share == 0) revert EscrowNothingToHold(id, m, payee);
        if (_held[id][k] != 0) revert EscrowAlreadyHeld(id, m, payee);
        _held[id][k] = share;
        emit ShareHeld(id, m, payee, share, reasonRef);
    }

    /// @notice Ends a hold on an approved milestone: pays the share to the payee, or returns
    /// it to the city.
    function resolve(uint256 id, uint256 m, address payee, bool toPayee) external {
        Project storage pr = _client(id);
        _requireNotCancelled(id, pr);
        _requireState(id, m, MilestoneState.Approved);
        uint256 k = m * _payees[id].length + _payeeIndex(id, payee);
        uint256 amount = _held[id][k];
        if (amount == 0) revert EscrowNotHeld(id, m, payee);
        _held[id][k] = 0;
        if (toPayee) {
            pr.released += amount;
            _pay(id, m, payee, amount);
        } else {
            pr.returned += amount;
            KRW.safeTransfer(pr.client, amount);
        }
        _moved(id, pr, m, amount);
        emit HoldResolved(id, m, payee, amount, toPayee);
    }

    /// @notice Cancels the contract: every funded KRW not yet released (funded milestones
    /// not approved, and shares on hold) returns to the city; what was released stays.
    function cancel(uint256 id) external {
        Project storage pr = _client(id);
        _requireNotCancelled(id, pr);
        pr.status = Status.Cancelled;
        // Milestone by milestone, so that each one's paidOut reaches exactly its funded.
        uint256 refund;
        uint256 count = _milestoneAmounts[id].length;
        for (uint256 m = 0; m < count; ++m) {
            MilestoneMoney storage mm = _money[id][m];
            uint256 left = mm.funded - mm.paidOut;
            if (left == 0) continue;
            pr.returned += left;
            refund += left;
            _moved(id, pr, m, left);
        }
        if (refund > 0) KRW.safeTransfer(pr.client, refund);
        emit ProjectCancelled(id, refund);
    }

    // ---- change orders ----

    /// @notice Proposes a new plan (client or prime). Only milestones not yet funded may
    /// change. It takes effect when the client, the prime and every payee whose planned
    /// total goes down have approved; the proposer's approval is counted. A new proposal
    /// replaces a pending one. While it is pending, the milestones it changes cannot be
    /// funded. Approvals name the proposal's nonce, so a replaced proposal is never approved
    /// by mistake; `planHash` lets approvers check what they read.
    function proposeAmendment(uint256 id, uint256[] calldata milestoneAmounts, uint256[] calldata shares) external {
        Project storage pr = _project(id);
        if (pr.status != Status.Active && pr.status != Status.Proposed) revert EscrowWrongStatus(id, pr.status);
        if (_msgSender() != pr.client && _msgSender() != pr.prime) revert EscrowNotAmendmentApprover(id, _msgSender());
        address[] storage payees = _payees[id];
        _checkPlan(payees, milestoneAmounts, shares);
        _requireLockedKept(id, milestoneAmounts, shares);
        uint256 payeeCount = payees.length;
        Amendment storage a = _amendments[id];
        ++a.nonce;
        a.pending = true;
        a.milestoneAmounts = milestoneAmounts;
        a.shares = shares;
        a.planHash = keccak256(abi.encode(milestoneAmounts, shares));
        uint256 needed = 2; // client and prime
        for (uint256 p = 0; p < payeeCount; ++p) {
            address payee = payees[p];
            if (payee == pr.prime) continue;
            if (_sumFor(shares, p, payeeCount) < _sumFor(_shares[id], p, payeeCount)) ++needed;
        }
        a.approvalsNeeded = needed;
        emit AmendmentProposed(id, a.nonce, _msgSender(), needed, a.planHash);
        _approveAmendment(id, pr, a, _msgSender());
    }

    /// @notice Approves the pending amendment `nonce` (as read with amendmentOf); the last
    /// required approval applies it. A proposal replaced since it was read is refused.
    function approveAmendment(uint256 id, uint64 nonce) external {
        (Project storage pr, Amendment storage a) = _pendingAmendment(id, nonce);
        _approveAmendment(id, pr, a, _msgSender());
    }

    /// @notice Withdraws or vetoes the pending amendment `nonce`: anyone whose approval it
    /// needs may, so that the client can fund the current plan instead.
    function rejectAmendment(uint256 id, uint64 nonce) external {
        (Project storage pr, Amendment storage a) = _pendingAmendment(id, nonce);
        if (!_mustApprove(id, pr, a, _msgSender())) revert EscrowNotAmendmentApprover(id, _msgSender());
        a.pending = false;
        emit AmendmentRejected(id, nonce, _msgSender());
    }

    function _pendingAmendment(uint256 id, uint64 nonce) private view returns (Project storage pr, Amendment storage a) {
        pr = _notCancelled(id);
        a = _amendments[id];
        if (!a.pending) revert EscrowNoAmendment(id);
        if (a.nonce != nonce) revert EscrowStaleAmendment(id, a.nonce, nonce);
    }

    function _approveAmendment(uint256 id, Project storage pr, Amendment storage a, address who) private {
        if (!_mustApprove(id, pr, a, who)) revert EscrowNotAmendmentApprover(id, who);
        if (_amendmentApproved[id][a.nonce][who]) revert EscrowAlreadyApproved(id, who);
        _amendmentApproved[id][a.nonce][who] = true;
        emit AmendmentApproved(id, a.nonce, who);
        if (--a.approvalsNeeded > 0) return;
        // Checked again now: a milestone funded since the proposal keeps its terms (fund
        // refuses such a milestone, this is the second line).
        _requireLockedKept(id, a.milestoneAmounts, a.shares);
        a.pending = false;
        uint256 oldCount = _milestoneAmounts[id].length;
        uint256 payeeCount = _payees[id].length;
        _milestoneAmounts[id] = a.milestoneAmounts;
        _shares[id] = a.shares;
        for (uint256 m = oldCount; m < a.milestoneAmounts.length; ++m) {
            _milestoneStates[id].push(MilestoneState.Pending);
        }
        // Milestones dropped from the end were pending (the lock check saw to it), so they
        // hold no money; a milestone added again later starts clean.
        for (uint256 m = a.milestoneAmounts.length; m < oldCount; ++m) {
            _milestoneStates[id].pop();
            delete _money[id][m];
            for (uint256 p = 0; p < payeeCount; ++p) {
                delete _held[id][m * payeeCount + p];
            }
        }
        emit AmendmentApplied(id, a.nonce);
        _emitPlan(id);
    }

    function _mustApprove(uint256 id, Project storage pr, Amendment storage a, address who) private view returns (bool) {
        if (who == pr.client || who == pr.prime) return true;
        uint256 slot = _payeeSlot[id][who];
        if (slot == 0) return false;
        uint256 payeeCount = _payees[id].length;
        return _sumFor(a.shares, slot - 1, payeeCount) < _sumFor(_shares[id], slot - 1, payeeCount);
    }

    // ---- client reassignment ----

    /// @notice The admin asks to move project `id` to another department (`newClient` must
    /// hold CLIENT_ROLE), for a lost key or a reorganisation. Anyone may execute it after
    /// CLIENT_CHANGE_DELAY; the admin or the current client may cancel it before. A new
    /// request replaces a pending one and starts the delay again.
    function requestClientChange(uint256 id, address newClient) external onlyRole(DEFAULT_ADMIN_ROLE) {
        Project storage pr = _notCancelled(id);
        if (!_isClient(newClient)) revert EscrowNewClientWithoutRole(id, newClient);
        uint64 executeAfter = uint64(block.timestamp + CLIENT_CHANGE_DELAY);
        _clientChanges[id] = ClientChange({newClient: newClient, executeAfter: executeAfter});
        emit ClientChangeRequested(id, pr.client, newClient, executeAfter);
    }

    /// @notice Cancels the pending client change (the admin or the current client).
    function cancelClientChange(uint256 id) external {
        Project storage pr = _project(id);
        ClientChange memory cc = _pendingClientChange(id);
        bool isClient = _msgSender() == pr.client && _isClient(pr.client);
        if (!isClient && !hasRole(DEFAULT_ADMIN_ROLE, _msgSender())) revert EscrowNotClientOrAdmin(id, _msgSender());
        delete _clientChanges[id];
        emit ClientChangeCancelled(id, cc.newClient, _msgSender());
    }

    /// @notice Executes the pending client change once its delay has passed (anyone).
    function executeClientChange(uint256 id) external {
        Project storage pr = _notCancelled(id);
        ClientChange memory cc = _pendingClientChange(id);
        if (block.timestamp < cc.executeAfter) revert EscrowClientChangeTooEarly(id, cc.executeAfter, block.timestamp);
        if (!_isClient(cc.newClient)) revert EscrowNewClientWithoutRole(id, cc.newClient);
        delete _clientChanges[id];
        address from = pr.client;
        pr.client = cc.newClient;
        emit ClientChanged(id, from, cc.newClient);
    }

    function _pendingClientChange(uint256 id) private view returns (ClientChange memory cc) {
        cc = _clientChanges[id];
        if (cc.executeAfter == 0) revert EscrowNoClientChange(id);
    }

    // ---- views ----

    function projectOf(uint256 id) external view returns (Project memory) {
        return _projects[id];
    }

    function payeesOf(uint256 id) external view returns (address[] memory) {
        return _payees[id];
    }

    function milestonesOf(uint256 id) external view returns (uint256[] memory amounts, MilestoneState[] memory states) {
        return (_milestoneAmounts[id], _milestoneStates[id]);
    }

    function sharesOf(uint256 id) external view returns (uint256[] memory) {
        return _shares[id];
    }

    /// @notice The amount held from `payee` in milestone `m`.
    function held(uint256 id, uint256 m, address payee) external view returns (uint256) {
        return _held[id][m * _payees[id].length + _payeeIndex(id, payee)];
    }

    /// @notice What `payee` has been paid in contract `id`.
    function paid(uint256 id, address payee) external view returns (uint256) {
        return _paid[id][payee];
    }

    function amendmentOf(uint256 id) external view returns (Amendment memory) {
        return _amendments[id];
    }

    /// @notice What milestone `m` was funded with and what has left escrow from it.
    function moneyOf(uint256 id, uint256 m) external view returns (MilestoneMoney memory) {
        return _money[id][m];
    }

    /// @notice The pending client change of project `id` (executeAfter 0: none).
    function clientChangeOf(uint256 id) external view returns (ClientChange memory) {
        return _clientChanges[id];
    }

    // ---- internals ----

    /// @dev Upgrades are the admin's (the council's, through its delay), and keep the token:
    /// the escrowed balances are in it.
    /// A contract without `KRW()` is refused as bound to the zero address.
    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        IERC20 proposed;
        try SubcontractEscrow(newImplementation).KRW() returns (IERC20 token) {
            proposed = token;
        } catch {}
        if (proposed != KRW) revert EscrowUpgradeChangesToken(address(KRW), address(proposed));
    }

    function _checkPlan(address[] memory payees_, uint256[] calldata amounts, uint256[] calldata shares_) private pure {
        uint256 payeeCount = payees_.length;
        if (amounts.length == 0) revert EscrowNoMilestones();
        if (shares_.length != amounts.length * payeeCount) revert EscrowSharesLength(amounts.length * payeeCount, shares_.length);
        for (uint256 m = 0; m < amounts.length; ++m) {
            if (amounts[m] == 0) revert EscrowZeroAmount(m);
            uint256 sum;
            for (uint256 p = 0; p < payeeCount; ++p) {
                sum += shares_[m * payeeCount + p];
            }
            if (sum != amounts[m]) revert EscrowSplitMismatch(m, amounts[m], sum);
        }
        for (uint256 p = 0; p < payeeCount; ++p) {
            uint256 total;
            for (uint256 m = 0; m < amounts.length; ++m) {
                total += shares_[m * payeeCount + p];
            }
            if (total == 0) revert EscrowPayeeWithoutAmount(payees_[p]);
        }
    }

    /// @dev Every milestone that is no longer pending must keep its amount and split.
    function _requireLockedKept(uint256 id, uint256[] memory amounts, uint256[] memory shares_) private view {
        uint256 oldCount = _milestoneAmounts[id].length;
        for (uint256 m = 0; m < oldCount; ++m) {
            if (_milestoneStates[id][m] == MilestoneState.Pending) continue;
            if (_changes(id, m, amounts, shares_)) revert EscrowMilestoneLocked(id, m);
        }
    }

    /// @dev Whether the plan (amounts, shares_) drops milestone m or changes its amount or split.
    function _changes(uint256 id, uint256 m, uint256[] memory amounts, uint256[] memory shares_) private view returns (bool) {
        if (m >= amounts.length || amounts[m] != _milestoneAmounts[id][m]) return true;
        uint256 payeeCount = _payees[id].length;
        for (uint256 p = 0; p < payeeCount; ++p) {
            if (shares_[m * payeeCount + p] != _shares[id][m * payeeCount + p]) return true;
        }
        return false;
    }

    function _amendmentChanges(uint256 id, uint256 m) private view returns (bool) {
        Amendment storage a = _amendments[id];
        return a.pending && _changes(id, m, a.milestoneAmounts, a.shares);
    }

    /// @dev Books `amount` leaving escrow from milestone m (already added to the project's
    /// released or returned) and checks the solvency invariants, per milestone and per project.
    function _moved(uint256 id, Project storage pr, uint256 m, uint256 amount) private {
        MilestoneMoney storage mm = _money[id][m];
        mm.paidOut += amount;
        if (mm.paidOut > mm.funded) revert EscrowMilestoneOverpaid(id, m, mm.funded, mm.paidOut);
        if (pr.released + pr.returned > pr.funded) revert EscrowProjectInsolvent(id, pr.funded, pr.released + pr.returned);
    }

    function _sumFor(uint256[] memory s, uint256 p, uint256 payeeCount) private pure returns (uint256 total) {
        for (uint256 k = p; k < s.length; k += payeeCount) {
            total += s[k];
        }
    }

    function _pay(uint256 id, uint256 m, address payee, uint256 amount) private {
        _paid[id][payee] += amount;
        KRW.safeTransfer(payee, amount);
        emit PaymentReleased(id, m, payee, amount);
    }

    function _emitPlan(uint256 id) private {
        uint256 payeeCount = _payees[id].length;
        uint256[] storage amounts = _milestoneAmounts[id];
        for (uint256 m = 0; m < amounts.length; ++m) {
            uint256[] memory row = new uint256[](payeeCount);
            for (uint256 p = 0; p < payeeCount; ++p) {
                row[p] = _shares[id][m * payeeCount + p];
            }
            emit MilestonePlanned(id, m, amounts[m], row);
        }
    }

    function _project(uint256 id) private view returns (Project storage pr) {
        pr = _projects[id];
        if (pr.status == Status.None) revert EscrowUnknownProject(id);
    }

    /// @dev The project's client, and only while it still holds CLIENT_ROLE: revoking a
    /// department's role stops it at once (the admin then reassigns its projects).
    function _client(uint256 id) private view returns (Project storage pr) {
        pr = _project(id);
        if (_msgSender() != pr.client) revert EscrowNotClient(id, _msgSender());
        if (!_isClient(pr.client)) revert EscrowClientRoleRevoked(id, pr.client);
    }

    /// @dev The one place the role constant is read: used often, the optimizer would copy
    /// it from appended code data, which the London bytecode check cannot tell from code.
    function _isClient(address account) private view returns (bool) {
        return hasRole(CLIENT_ROLE, account);
    }

    function _notCancelled(uint256 id) private view returns (Project storage pr) {
        pr = _project(id);
        _requireNotCancelled(id, pr);
    }

    function _requireNotCancelled(uint256 id, Project storage pr) private view {
        if (pr.status == Status.Cancelled) revert EscrowWrongStatus(id, pr.status);
    }

    function _clientActive(uint256 id) private view returns (Project storage pr) {
        pr = _client(id);
        if (pr.status != Status.Active) revert EscrowWrongStatus(id, pr.status);
    }

    function _state(uint256 id, uint256 m) private view returns (MilestoneState) {
        if (m >= _milestoneStates[id].length) revert EscrowNoSuchMilestone(id, m);
        return _milestoneStates[id][m];
    }

    function _requireState(uint256 id, uint256 m, MilestoneState want) private view {
        MilestoneState st = _state(id, m);
        if (st != want) revert EscrowWrongMilestoneState(id, m, st);
    }

    function _payeeIndex(uint256 id, address payee) private view returns (uint256) {
        uint256 slot = _payeeSlot[id][payee];
        if (slot == 0) revert EscrowNotPayee(id, payee);
        return slot - 1;
    }
}
