// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {TimelockController} from "@openzeppelin/contracts/governance/TimelockController.sol";
import {Address} from "@openzeppelin/contracts/utils/Address.sol";
import {EnumerableSet} from "@openzeppelin/contracts/utils/structs/EnumerableSet.sol";

/// @title CityCouncil
/// @notice The city's administration of its contracts: it holds the admin role of every
/// platform contract, so that no single key changes rules or moves money. A council member
/// proposes an operation (one or more calls); when `threshold` members have approved it, it is
/// scheduled in OpenZeppelin's TimelockController and, after `getMinDelay()` seconds, anyone
/// executes it. Any member may cancel it until it is executed.
///
/// The one action without delay is an emergency pause: an EMERGENCY_ROLE holder calls
/// `pause()` on a contract of the configured pause targets, and nothing else. Unpausing is an
/// ordinary operation and waits the delay.
///
/// Membership, threshold, delay, emergency role and pause targets change only through the
/// council's own operations (the council is its own and only admin, as a TimelockController
/// with no optional admin). PROPOSER_ROLE is held by the council alone: it schedules an
/// operation when the approval that reaches the threshold arrives, so nothing is scheduled
/// without k approvals. EXECUTOR_ROLE is open (held by the zero address). Members hold
/// CANCELLER_ROLE while they are members.
///
/// Approvals are counted among current members: a removed member's approval no longer counts
/// towards an operation not yet scheduled.
contract CityCouncil is TimelockController {
    using EnumerableSet for EnumerableSet.AddressSet;

    /// @notice Calls `pause()` on a pause target at once, without proposal or delay.
    bytes32 public constant EMERGENCY_ROLE = keccak256("EMERGENCY_ROLE");

    /// @notice The only call the emergency role can make.
    bytes4 public constant PAUSE_SELECTOR = bytes4(keccak256("pause()"));

    /// @notice Where an operation is in its life.
    enum ProposalState {
        Unknown, // never proposed
        Proposed, // awaiting approvals
        Waiting, // approved and scheduled, the delay running
        Ready, // the delay is over: anyone may execute
        Executed,
        Cancelled
    }

    /// @notice One proposed operation as `proposal` returns it.
    struct ProposalView {
        address proposer;
        address[] targets;
        uint256[] values;
        bytes[] payloads;
        bytes32 salt;
        uint256 approvals;
        ProposalState state;
        uint256 readyAt; // 0 until scheduled; the time it may be executed from
    }

    struct Proposal {
        address proposer;
        bool cancelled;
        address[] targets;
        uint256[] values;
        bytes[] payloads;
        bytes32 salt;
    }

    /// @notice `account` is not a council member.
    error CouncilNotMember(address account);
    /// @notice `account` is already a council member.
    error CouncilAlreadyMember(address account);
    /// @notice `member` has already approved operation `id`.
    error CouncilAlreadyApproved(bytes32 id, address member);
    /// @notice Operation `id` has `approvals` approvals of current members; it needs `threshold`.
    error CouncilNotEnoughApprovals(bytes32 id, uint256 approvals, uint256 threshold);
    /// @notice Operation `id` may be executed from `readyAt`, not before.
    error CouncilTooEarly(bytes32 id, uint256 readyAt);
    /// @notice Operation `id` has been executed: an operation runs once.
    error CouncilAlreadyExecuted(bytes32 id);
    /// @notice Operation `id` was cancelled; propose it again with another salt.
    error CouncilOperationCancelled(bytes32 id);
    /// @notice No operation `id` was proposed.
    error CouncilUnknownOperation(bytes32 id);
    /// @notice Operation `id` is already proposed: approve it, or use another salt.
    error CouncilAlreadyProposed(bytes32 id);
    /// @notice An operation without any call.
    error CouncilEmptyOperation();
    /// @notice A threshold of `threshold` with `members` members: want 1 to `members`.
    error CouncilBadThreshold(uint256 threshold, uint256 members);
    /// @notice The zero address as member, emergency holder or pause target.
    error CouncilZeroAddress();
    /// @notice `target` is not among the contracts the emergency role may pause.
    error CouncilNotPauseTarget(address target);

    /// @notice Member `proposer` proposed operation `id`; its calls are in `proposal(id)`.
    event Proposed(bytes32 indexed id, address indexed proposer, address[] targets, uint256[] values, bytes[] payloads, bytes32 salt);
    /// @notice `member` approved operation `id`, which now has `approvals` approvals.
    event Approved(bytes32 indexed id, address indexed member, uint256 approvals);
    /// @notice Member `by` cancelled operation `id`.
    event ProposalCancelled(bytes32 indexed id, address indexed by);
    event MemberAdded(address indexed account);
    event MemberRemoved(address indexed account);
    event ThresholdChanged(uint256 threshold);
    event PauseTargetSet(address indexed target, bool allowed);
    /// @notice `by` paused `target` with the emergency role.
    event EmergencyPaused(address indexed target, address indexed by);

    EnumerableSet.AddressSet private _members;
    uint256 private _threshold;
    EnumerableSet.AddressSet private _pauseTargets;
    mapping(bytes32 id => Proposal) private _proposals;
    mapping(bytes32 id => mapping(address member => bool)) private _approved;
    bytes32[] private _ids;

    /// @param initialMembers the council's members (agency signers).
    /// @param initialThreshold approvals an operation needs (k of the n members).
    /// @param minDelay seconds between the last needed approval and execution.
    /// @param emergency holders of EMERGENCY_ROLE.
    /// @param initialPauseTargets the contracts whose `pause()` the emergency role may call; the council
    /// must hold their pauser role.
    constructor(
        address[] memory initialMembers,
        uint256 initialThreshold,
        uint256 minDelay,
        address[] memory emergency,
        address[] memory initialPauseTargets
    ) TimelockController(minDelay, new address[](0), new address[](1), address(0)) {
        // new address[](1) is [address(0)]: execution is open to anyone.
        _grantRole(PROPOSER_ROLE, address(this));
        for (uint256 i = 0; i < initialMembers.length; ++i) {
            _addMember(initialMembers[i]);
        }
        _setThreshold(initialThreshold);
        for (uint256 i = 0; i < emergency.length; ++i) {
            if (emergency[i] == address(0)) revert CouncilZeroAddress();
            _grantRole(EMERGENCY_ROLE, emergency[i]);
        }
        for (uint256 i = 0; i < initialPauseTargets.length; ++i) {
            _setPauseTarget(initialPauseTargets[i], true);
        }
    }

    modifier onlyMember() {
        if (!_members.contains(_msgSender())) revert CouncilNotMember(_msgSender());
        _;
    }

    modifier onlySelf() {
        if (_msgSender() != address(this)) revert TimelockUnauthorizedCaller(_msgSender());
        _;
    }

    // ---- proposals ----

    /// @notice Proposes an operation of `targets.length` calls, identified by
    /// `hashOperationBatch(targets, values, payloads, 0, salt)`, and approves it. With a
    /// threshold of one it is scheduled at once.
    function propose(address[] calldata targets, uint256[] calldata values, bytes[] calldata payloads, bytes32 salt)
        external
        onlyMember
        returns (bytes32 id)
    {
        if (targets.length == 0) revert CouncilEmptyOperation();
        if (targets.length != values.length || targets.length != payloads.length) {
            revert TimelockInvalidOperationLength(targets.length, payloads.length, values.length);
        }
        id = hashOperationBatch(targets, values, payloads, bytes32(0), salt);
        Proposal storage p = _proposals[id];
        if (p.proposer != address(0)) revert CouncilAlreadyProposed(id);
        p.proposer = _msgSender();
        p.salt = salt;
        for (uint256 i = 0; i < targets.length; ++i) {
            p.targets.push(targets[i]);
            p.values.push(values[i]);
            p.payloads.push(payloads[i]);
        }
        _ids.push(id);
        emit Proposed(id, _msgSender(), targets, values, payloads, salt);
        _approve(id, p);
    }

    /// @notice Approves operation `id`; the approval that reaches the threshold schedules it.
    function approve(bytes32 id) external onlyMember {
        Proposal storage p = _proposals[id];
        _requireOpen(id, p);
        if (_approved[id][_msgSender()]) revert CouncilAlreadyApproved(id, _msgSender());
        _approve(id, p);
    }

    /// @notice Schedules operation `id` if it has enough approvals of current members: for an
    /// operation approved before the threshold was lowered or a member was added.
    function scheduleApproved(bytes32 id) external {
        Proposal storage p = _proposals[id];
        _requireOpen(id, p);
        if (getTimestamp(id) != 0) return;
        uint256 n = approvals(id);
        if (n < _threshold) revert CouncilNotEnoughApprovals(id, n, _threshold);
        _scheduleProposal(p);
    }

    /// @notice Cancels operation `id`, approved or not, until it is executed. Any member may.
    function cancel(bytes32 id) public override onlyMember {
        Proposal storage p = _proposals[id];
        _requireOpen(id, p);
        p.cancelled = true;
        emit ProposalCancelled(id, _msgSender());
        // Scheduled: the timelock forgets it too (members hold CANCELLER_ROLE).
        if (isOperationPending(id)) super.cancel(id);
    }

    /// @notice Executes the proposed operation `id` once its delay is over. Anyone may.
    function executeProposal(bytes32 id) external payable {
        Proposal storage p = _proposals[id];
        _requireExecutable(id);
        this.executeBatch{value: msg.value}(p.targets, p.values, p.payloads, bytes32(0), p.salt);
    }

    /// @inheritdoc TimelockController
    function execute(address target, uint256 value, bytes calldata payload, bytes32 predecessor, bytes32 salt)
        public
        payable
        override
    {
        _requireExecutable(hashOperation(target, value, payload, predecessor, salt));
        super.execute(target, value, payload, predecessor, salt);
    }

    /// @inheritdoc TimelockController
    function executeBatch(
        address[] calldata targets,
        uint256[] calldata values,
        bytes[] calldata payloads,
        bytes32 predecessor,
        bytes32 salt
    ) public payable override {
        _requireExecutable(hashOperationBatch(targets, values, payloads, predecessor, salt));
        super.executeBatch(targets, values, payloads, predecessor, salt);
    }

    // ---- emergency ----

    /// @notice Pauses `target` at once. Only EMERGENCY_ROLE, only `pause()`, only on a pause
    /// target; unpausing goes through a proposal and the delay.
    function emergencyPause(address target) external onlyRole(EMERGENCY_ROLE) {
        if (!_pauseTargets.contains(target)) revert CouncilNotPauseTarget(target);
        Address.functionCall(target, abi.encodeWithSelector(PAUSE_SELECTOR));
        emit EmergencyPaused(target, _msgSender());
    }

    // ---- the council's own settings: only through its operations ----

    /// @notice Adds a member. Only the council itself, through an operation.
    function addMember(address account) external onlySelf {
        _addMember(account);
    }

    /// @notice Removes a member; refused if fewer members than the threshold would remain.
    /// Only the council itself, through an operation.
    function removeMember(address account) external onlySelf {
        if (!_members.remove(account)) revert CouncilNotMember(account);
        if (_members.length() < _threshold) revert CouncilBadThreshold(_threshold, _members.length());
        _revokeRole(CANCELLER_ROLE, account);
        emit MemberRemoved(account);
    }

    /// @notice Sets the approvals an operation needs. Only the council itself, through an operation.
    function setThreshold(uint256 threshold_) external onlySelf {
        _setThreshold(threshold_);
    }

    /// @notice Allows or forbids the emergency pause of `target`. Only the council itself,
    /// through an operation.
    function setPauseTarget(address target, bool allowed) external onlySelf {
        _setPauseTarget(target, allowed);
    }

    // ---- views ----

    /// @notice The council's members.
    function members() external view returns (address[] memory) {
        return _members.values();
    }

    /// @notice Whether `account` is a member.
    function isMember(address account) external view returns (bool) {
        return _members.contains(account);
    }

    /// @notice Approvals an operation needs.
    function threshold() external view returns (uint256) {
        return _threshold;
    }

    /// @notice The contracts the emergency role may pause.
    function pauseTargets() external view returns (address[] memory) {
        return _pauseTargets.values();
    }

    /// @notice Approvals of operation `id` by current members.
    function approvals(bytes32 id) public view returns (uint256 n) {
        uint256 count = _members.length();
        for (uint256 i = 0; i < count; ++i) {
            if (_approved[id][_members.at(i)]) ++n;
        }
    }

    /// @notice Whether `member` approved operation `id`.
    function hasApproved(bytes32 id, address member) external view returns (bool) {
        return _approved[id][member];
    }

    /// @notice Operations proposed so far.
    function proposalCount() external view returns (uint256) {
        return _ids.length;
    }

    /// @notice The id of the `index`-th operation proposed (from 0).
    function proposalAt(uint256 index) external view returns (bytes32) {
        return _ids[index];
    }

    /// @notice Operation `id`: its calls, approvals and state.
    function proposal(bytes32 id) external view returns (ProposalView memory v) {
        Proposal storage p = _proposals[id];
        v.proposer = p.proposer;
        v.targets = p.targets;
        v.values = p.values;
        v.payloads = p.payloads;
        v.salt = p.salt;
        v.approvals = approvals(id);
        v.state = proposalState(id);
        uint256 ts = getTimestamp(id);
        if (ts > 1) v.readyAt = ts;
    }

    /// @notice Where operation `id` is in its life.
    function proposalState(bytes32 id) public view returns (ProposalState) {
        Proposal storage p = _proposals[id];
        if (p.proposer == address(0)) return ProposalState.Unknown;
        if (p.cancelled) return ProposalState.Cancelled;
        OperationState s = getOperationState(id);
        if (s == OperationState.Done) return ProposalState.Executed;
        if (s == OperationState.Ready) return ProposalState.Ready;
        if (s == OperationState.Waiting) return ProposalState.Waiting;
        return ProposalState.Proposed;
    }

    // ---- internals ----

    function _approve(bytes32 id, Proposal storage p) private {
        _approved[id][_msgSender()] = true;
        uint256 n = approvals(id);
        emit Approved(id, _msgSender(), n);
        if (n >= _threshold && getTimestamp(id) == 0) _scheduleProposal(p);
    }

    /// @dev TimelockController keeps its scheduling private behind PROPOSER_ROLE, which only
    /// this contract holds: it schedules through an external call to itself.
    function _scheduleProposal(Proposal storage p) private {
        this.scheduleBatch(p.targets, p.values, p.payloads, bytes32(0), p.salt, getMinDelay());
    }

    /// @dev Refuses an operation that was never proposed, is cancelled or was executed.
    function _requireOpen(bytes32 id, Proposal storage p) private view {
        if (p.proposer == address(0)) revert CouncilUnknownOperation(id);
        if (p.cancelled) revert CouncilOperationCancelled(id);
        if (isOperationDone(id)) revert CouncilAlreadyExecuted(id);
    }

    /// @dev Names why operation `id` cannot run now, instead of the timelock's state bitmap.
    function _requireExecutable(bytes32 id) private view {
        if (isOperationDone(id)) revert CouncilAlreadyExecuted(id);
        Proposal storage p = _proposals[id];
        if (p.cancelled) revert CouncilOperationCancelled(id);
        if (isOperationReady(id)) return;
        if (isOperationPending(id)) revert CouncilTooEarly(id, getTimestamp(id));
        if (p.proposer == address(0)) revert CouncilUnknownOperation(id);
        revert CouncilNotEnoughApprovals(id, approvals(id), _threshold);
    }

    function _addMember(address account) private {
        if (account == address(0)) revert CouncilZeroAddress();
        if (!_members.add(account)) revert CouncilAlreadyMember(account);
        _grantRole(CANCELLER_ROLE, account);
        emit MemberAdded(account);
    }

    function _setThreshold(uint256 threshold_) private {
        if (threshold_ == 0 || threshold_ > _members.length()) {
            revert CouncilBadThreshold(threshold_, _members.length());
        }
        _threshold = threshold_;
        emit ThresholdChanged(threshold_);
    }

    function _setPauseTarget(address target, bool allowed) private {
        if (target == address(0)) revert CouncilZeroAddress();
        if (allowed) _pauseTargets.add(target);
        else _pauseTargets.remove(target);
        emit PauseTargetSet(target, allowed);
    }
}
