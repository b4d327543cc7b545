// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {GovernedForwarderContext} from "../platform/GovernedForwarderContext.sol";
import {MVoting} from "../MVoting.sol";
import {TrustedIssuerResolver} from "../cred/TrustedIssuerResolver.sol";
import {IEAS, Attestation} from "@ethereum-attestation-service/eas-contracts/contracts/IEAS.sol";

/// @title CitizenProposals
/// @notice Citizens' proposals that oblige the city to act (after "Democracy Seoul",
/// 민주주의 서울). A citizen on the roll of eligible citizens proposes; other citizens on
/// the roll support it, once each, and may withdraw their support while the support window
/// is open; the count is public at all times. When the count reaches a stage's threshold
/// within the window (by default 50: a department answers, 500: a public deliberation,
/// 5,000: the mayor answers), the stage is reached for good and the city owes an answer
/// by the stage's deadline; the answer (its hash, and its text in the event) by the stage's
/// role closes the stage; an answer past the deadline is recorded as late, and an
/// unanswered stage past its deadline reads as overdue. A proposal that reached the
/// promotion stage (by default the deliberation) becomes an M-Voting election with the
/// proposal's title as the question; an unqualified one only by the city's explicit
/// override, recorded as such.
///
/// Eligibility is proven as M-Voting ballots are: a Merkle roll whose leaves are
/// keccak256(keccak256(abi.encode(citizen, rollSize))); each proposal keeps the roll that
/// was current when it opened. Where the credentials service runs, a citizen may instead cite
/// a Seoul residence credential: an EAS attestation of the residence schema the roll admin
/// configured, naming the citizen as holder, unrevoked, unexpired, by an issuer the city's
/// TrustedIssuerResolver trusts for that schema at the time of the support. Either way one
/// support per citizen (address) per proposal. Citizens call through the city's ERC-2771
/// forwarder, so they never pay gas.
///
/// On chain about a person: a citizen's address when it proposes or supports (the roll is
/// only a Merkle root). Titles and texts are public text about a policy: the command that
/// sends them refuses text that looks like personal data, and may publish hashes only.
contract CitizenProposals is GovernedForwarderContext, UUPSUpgradeable {
    /// @notice Publishes the roll of citizens eligible to propose and support.
    bytes32 public constant ROLL_ADMIN_ROLE = keccak256("ROLL_ADMIN_ROLE");
    /// @notice Answers a proposal at stage 1 (the responsible department).
    bytes32 public constant DEPARTMENT_ROLE = keccak256("DEPARTMENT_ROLE");
    /// @notice Answers a proposal at stage 2 (the outcome of the public deliberation).
    bytes32 public constant DELIBERATION_ROLE = keccak256("DELIBERATION_ROLE");
    /// @notice Answers a proposal at stage 3 (the mayor's office).
    bytes32 public constant MAYOR_ROLE = keccak256("MAYOR_ROLE");
    /// @notice Turns a proposal into an M-Voting election.
    bytes32 public constant PROMOTER_ROLE = keccak256("PROMOTER_ROLE");

    /// @notice The number of stages: department answer, public deliberation, mayor's answer.
    uint8 public constant STAGES = 3;
    /// @notice The longest title and text, in bytes of UTF-8.
    uint256 public constant MAX_TITLE_BYTES = 300;
    uint256 public constant MAX_TEXT_BYTES = 10_000;

    /// @notice The thresholds in force when a proposal opens; a change applies to later
    /// proposals only. Stage s (1-based) is reached at thresholds[s-1] supports and owes an
    /// answer within answerPeriods[s-1] seconds; promoteStage is the stage that qualifies a
    /// proposal for an M-Voting election.
    struct Rules {
        uint32[3] thresholds;
        uint32[3] answerPeriods;
        uint32 window;
        uint8 promoteStage;
    }

    struct Proposal {
        address author;
        uint64 openedAt;
        uint32 rules; // index of the rules in force when it opened
        uint64 closesAt; // end of the support window (exclusive)
        uint32 backers; // current supporters: supports minus withdrawals
        uint32 rollSize;
        uint16 category;
        uint8 stage; // the highest stage reached, 0 for none
        bool promotedByOverride;
        uint64 election; // the M-Voting election it became, 0 for none
        bytes32 rollRoot;
        bytes32 titleHash;
        bytes32 textHash;
    }

    /// @notice A reached stage: when, the answer's deadline, and the answer (0 if none yet).
    struct Stage {
        uint64 reachedAt;
        uint64 deadline;
        uint64 answeredAt;
        bytes32 answerHash;
    }

    /// @custom:storage-location erc7201:seoulchain.storage.CitizenProposals
    struct ProposalStorage {
        MVoting voting;
        bytes32 rollRoot;
        uint32 rollSize;
        uint256 count;
        Rules[] rules;
        mapping(uint256 id => Proposal) proposals;
        mapping(uint256 id => mapping(uint256 stage => Stage)) stages;
        mapping(uint256 id => mapping(address citizen => bool)) supported;
        mapping(uint256 election => uint256 id) proposalOfElection;
        // The residence credential (zero schema: off). Appended: the layout above is fixed.
        bytes32 residenceSchema;
        TrustedIssuerResolver resolver;
        IEAS eas;
    }

    // keccak256(abi.encode(uint256(keccak256("seoulchain.storage.CitizenProposals")) - 1)) & ~bytes32(uint256(0xff))
    bytes32 private constant STORAGE_SLOT = 0x6151236ab98b209b8d63b54ceeb17184d508f4e5f44606a494b01f967da2d700;

    /// @notice No proposal has `id`.
    error ProposalUnknown(uint256 id);
    /// @notice No roll of eligible citizens is published yet.
    error ProposalNoRoll();
    /// @notice A roll with a zero root or no citizens.
    error ProposalEmptyRoll();
    /// @notice `citizen` is not on the roll proposal `id` (0: the current roll) counts by.
    error ProposalNotOnRoll(uint256 id, address citizen);
    /// @notice A title that is empty (no text and no hash) or longer than MAX_TITLE_BYTES.
    error ProposalBadTitle(uint256 length);
    /// @notice A text longer than MAX_TEXT_BYTES, or neither text nor hash.
    error ProposalBadText(uint256 length);
    /// @notice The published `field` ("title" or "text") does not hash to the hash given.
    error ProposalHashMismatch(string field);
    /// @notice Category 0: a proposal is filed under a category.
    error ProposalNoCategory();
    /// @notice Rules that cannot work: `reason` names the problem.
    error ProposalBadRules(string reason);
    /// @notice The support window of `id` is closed at `time` (it ran to `closesAt`).
    error ProposalWindowClosed(uint256 id, uint256 time, uint64 closesAt);
    /// @notice `citizen` already supports `id`: one support per citizen.
    error ProposalAlreadySupported(uint256 id, address citizen);
    /// @notice `citizen` does not support `id`: nothing to withdraw.
    error ProposalNotSupported(uint256 id, address citizen);
    /// @notice Stage numbers run from 1 to STAGES.
    error ProposalBadStage(uint256 stage);
    /// @notice `id` has not reached `stage` (it is at `reached`): no answer is owed yet.
    error ProposalStageNotReached(uint256 id, uint256 stage, uint256 reached);
    /// @notice `stage` of `id` is answered already.
    error ProposalAlreadyAnswered(uint256 id, uint256 stage);
    /// @notice An answer with a zero hash.
    error ProposalNoAnswer();
    /// @notice `id` became election `election` already.
    error ProposalAlreadyPromoted(uint256 id, uint256 election);
    /// @notice `id` is at stage `stage`; promotion needs `needed` (or the city's override).
    error ProposalNotQualified(uint256 id, uint256 stage, uint256 needed);
    /// @notice The election's question must be the proposal's title (its hash differs).
    error ProposalTitleMismatch(uint256 id);
    /// @notice No M-Voting contract is set: there is nothing to promote into.
    error ProposalNoVoting();
    /// @notice No residence schema is configured: support with a roll proof instead.
    error ProposalResidenceOff();
    /// @notice A residence schema configured without a resolver (or a resolver without one).
    error ProposalResidenceNoResolver();
    /// @notice Attestation `uid` is of `schema`, not the residence schema (or does not exist).
    error ProposalCredentialWrongSchema(bytes32 uid, bytes32 schema);
    /// @notice Attestation `uid` names `holder`, not the caller `citizen`.
    error ProposalCredentialNotHolder(bytes32 uid, address holder, address citizen);
    /// @notice Attestation `uid` was revoked.
    error ProposalCredentialRevoked(bytes32 uid);
    /// @notice Attestation `uid` expired at `expiration`.
    error ProposalCredentialExpired(bytes32 uid, uint64 expiration);
    /// @notice Attestation `uid` is by `attester`, whom the city does not (or no longer) trust for the schema.
    error ProposalCredentialUntrusted(bytes32 uid, address attester);

    event RulesSet(uint256 indexed version, uint32[3] thresholds, uint32[3] answerPeriods, uint32 window, uint8 promoteStage);
    event RollSet(bytes32 root, uint32 size);
    event VotingSet(address voting);
    /// @notice Residence credentials of `schema` (zero: none) prove eligibility, judged by `resolver`.
    event ResidenceSchemaSet(bytes32 schema, address resolver);
    // A proposal's opening is told by two events (one would not fit the stack).
    /// @notice A proposal opened; supports are counted until `closesAt`.
    event ProposalCreated(uint256 indexed id, address indexed author, uint16 category, bytes32 titleHash, bytes32 textHash, uint64 closesAt);
    /// @notice The published title and text of `id` (either empty when only its hash is published).
    event ProposalText(uint256 indexed id, string title, string text);
    event Supported(uint256 indexed id, address indexed citizen, uint32 backers);
    event SupportWithdrawn(uint256 indexed id, address indexed citizen, uint32 backers);
    /// @notice `id` reached `stage` with `backers` supporters; the city answers by `deadline`.
    event StageReached(uint256 indexed id, uint8 stage, uint32 backers, uint64 deadline);
    /// @notice `by` answered `stage` of `id`; `late` if after the deadline.
    event Answered(uint256 indexed id, uint8 stage, bytes32 answerHash, bool late, address by, string text);
    /// @notice `id` became M-Voting election `election`; `byOverride` if it had not qualified.
    event Promoted(uint256 indexed id, uint256 indexed election, bool byOverride, address by);

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once, with the city's published levels: 50 supports for a
    /// department's answer within 30 days, 500 for a public deliberation within 60 days,
    /// 5,000 for the mayor's answer within 30 days; a 30-day support window; promotion from
    /// the deliberation stage.
    /// @param forwarder the city's ERC-2771 forwarder; the admin may replace it.
    /// @param admin receives the admin and every operational role.
    /// @param mvoting the MVoting contract promoted proposals become elections of; this
    /// contract needs its ELECTION_ADMIN_ROLE.
    function initialize(address forwarder, address admin, address mvoting) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ROLL_ADMIN_ROLE, admin);
        _grantRole(DEPARTMENT_ROLE, admin);
        _grantRole(DELIBERATION_ROLE, admin);
        _grantRole(MAYOR_ROLE, admin);
        _grantRole(PROMOTER_ROLE, admin);
        _store().voting = MVoting(mvoting);
        emit VotingSet(mvoting);
        _setRules(Rules([uint32(50), 500, 5000], [uint32(30 days), 60 days, 30 days], 30 days, 2));
    }

    // ---- the city's settings ----

    /// @notice New thresholds, deadlines, window and promotion stage, for proposals opened
    /// from now on (the council's, through its delay).
    function setRules(Rules calldata r) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _setRules(r);
    }

    /// @notice Publishes the roll of eligible citizens, for proposals opened from now on.
    function setRoll(bytes32 root, uint32 size) external onlyRole(ROLL_ADMIN_ROLE) {
        if (root == bytes32(0) || size == 0) revert ProposalEmptyRoll();
        ProposalStorage storage s = _store();
        (s.rollRoot, s.rollSize) = (root, size);
        emit RollSet(root, size);
    }

    /// @notice Accepts residence credentials of `schema` (an EAS schema whose resolver is
    /// `resolver`, the city's TrustedIssuerResolver) as proof of eligibility, besides the
    /// roll; a zero schema turns them off.
    function setResidenceSchema(bytes32 schema, address resolver) external onlyRole(ROLL_ADMIN_ROLE) {
        ProposalStorage storage s = _store();
        IEAS eas;
        if (schema != bytes32(0)) {
            if (resolver == address(0)) revert ProposalResidenceNoResolver();
            eas = TrustedIssuerResolver(payable(resolver)).EAS();
            if (address(eas) == address(0)) revert ProposalResidenceNoResolver();
        }
        (s.residenceSchema, s.resolver, s.eas) = (schema, TrustedIssuerResolver(payable(resolver)), eas);
        emit ResidenceSchemaSet(schema, resolver);
    }

    /// @notice Replaces the MVoting contract promotions go to (the council's).
    function setVoting(address mvoting) external onlyRole(DEFAULT_ADMIN_ROLE) {
        _store().voting = MVoting(mvoting);
        emit VotingSet(mvoting);
    }

    // ---- citizens ----

    /// @notice Opens a proposal by the caller, who must be on the current roll. `title` and
    /// `text` go into the event when given and must hash (keccak256) to `titleHash` and
    /// `textHash`; either may be empty to publish its hash only.
    function propose(
        string calldata title,
        string calldata text,
        bytes32 titleHash,
        bytes32 textHash,
        uint16 category,
        bytes32[] calldata proof
    ) external returns (uint256 id) {
        ProposalStorage storage s = _store();
        if (s.rollSize == 0) revert ProposalNoRoll();
        if (!_onRoll(s.rollRoot, s.rollSize, _msgSender(), proof)) revert ProposalNotOnRoll(0, _msgSender());
        id = _create(title, text, titleHash, textHash, category);
    }

    /// @notice As `propose`, the caller proving residence by credential `uid` (an EAS
    /// attestation of the residence schema) instead of the roll.
    function proposeWithCredential(
        string calldata title,
        string calldata text,
        bytes32 titleHash,
        bytes32 textHash,
        uint16 category,
        bytes32 uid
    ) external returns (uint256 id) {
        _checkCredential(uid);
        id = _create(title, text, titleHash, textHash, category);
    }

    /// @notice Supports proposal `id` as the caller, a citizen on its roll (`proof`), once,
    /// within its window. Reaching a stage's threshold opens that stage's answer deadline.
    function support(uint256 id, bytes32[] calldata proof) external {
        ProposalStorage storage s = _store();
        Proposal storage p = _open(s, id);
        address citizen = _msgSender();
        if (s.supported[id][citizen]) revert ProposalAlreadySupported(id, citizen);
        if (!_onRoll(p.rollRoot, p.rollSize, citizen, proof)) revert ProposalNotOnRoll(id, citizen);
        _count(s, p, id, citizen);
    }

    /// @notice As `support`, the caller proving residence by credential `uid` (an EAS
    /// attestation of the residence schema) instead of the roll. Still one support per
    /// citizen: a citizen who supported by roll cannot support again by credential.
    function supportWithCredential(uint256 id, bytes32 uid) external {
        ProposalStorage storage s = _store();
        Proposal storage p = _open(s, id);
        address citizen = _msgSender();
        if (s.supported[id][citizen]) revert ProposalAlreadySupported(id, citizen);
        _checkCredential(uid);
        _count(s, p, id, citizen);
    }

    /// @dev Records `citizen`'s support of `id` and opens the stage it reaches, if any.
    function _count(ProposalStorage storage s, Proposal storage p, uint256 id, address citizen) private {
        s.supported[id][citizen] = true;
        uint32 n = p.backers + 1;
        p.backers = n;
        emit Supported(id, citizen, n);
        uint8 stage = p.stage;
        if (stage < STAGES) {
            Rules storage r = s.rules[p.rules];
            // One support crosses one threshold at most (thresholds rise strictly).
            if (n >= r.thresholds[stage]) {
                uint64 deadline = uint64(block.timestamp) + r.answerPeriods[stage];
                p.stage = ++stage;
                s.stages[id][stage] = Stage(uint64(block.timestamp), deadline, 0, bytes32(0));
                emit StageReached(id, stage, n, deadline);
            }
        }
    }

    /// @notice Withdraws the caller's support of `id`, within its window. A stage once
    /// reached stays reached: the city's obligation does not lapse.
    function withdraw(uint256 id) external {
        ProposalStorage storage s = _store();
        Proposal storage p = _open(s, id);
        address citizen = _msgSender();
        if (!s.supported[id][citizen]) revert ProposalNotSupported(id, citizen);
        s.supported[id][citizen] = false;
        uint32 n = p.backers - 1;
        p.backers = n;
        emit SupportWithdrawn(id, citizen, n);
    }

    // ---- the city ----

    /// @notice Answers stage `stage` of `id`, by that stage's role (department, deliberation,
    /// mayor). `text` (may be empty) goes into the event and must hash to `answerHash`.
    function answer(uint256 id, uint8 stage, bytes32 answerHash, string calldata text) external {
        if (stage == 0 || stage > STAGES) revert ProposalBadStage(stage);
        _checkRole(answerRole(stage));
        ProposalStorage storage s = _store();
        Proposal storage p = _proposal(s, id);
        if (p.stage < stage) revert ProposalStageNotReached(id, stage, p.stage);
        Stage storage st = s.stages[id][stage];
        if (st.answeredAt != 0) revert ProposalAlreadyAnswered(id, stage);
        if (answerHash == bytes32(0)) revert ProposalNoAnswer();
        if (bytes(text).length != 0 && keccak256(bytes(text)) != answerHash) revert ProposalHashMismatch("answer");
        (st.answeredAt, st.answerHash) = (uint64(block.timestamp), answerHash);
        emit Answered(id, stage, answerHash, block.timestamp > st.deadline, _msgSender(), text);
    }

    /// @notice Turns `id` into an M-Voting election whose question (`e.title`) is the
    /// proposal's title. The proposal must have reached the promotion stage of its rules,
    /// unless `byOverride`: the city's explicit decision, recorded as such.
    function promote(uint256 id, MVoting.NewElection calldata e, bool byOverride) external onlyRole(PROMOTER_ROLE) returns (uint256 election) {
        ProposalStorage storage s = _store();
        Proposal storage p = _proposal(s, id);
        if (p.election != 0) revert ProposalAlreadyPromoted(id, p.election);
        uint8 needed = s.rules[p.rules].promoteStage;
        bool qualified = p.stage >= needed;
        if (!qualified && !byOverride) revert ProposalNotQualified(id, p.stage, needed);
        if (keccak256(bytes(e.title)) != p.titleHash) revert ProposalTitleMismatch(id);
        if (address(s.voting) == address(0)) revert ProposalNoVoting();
        election = s.voting.create(e);
        p.election = uint64(election);
        // An override of a proposal that qualified anyway is no override.
        p.promotedByOverride = !qualified;
        s.proposalOfElection[election] = id;
        emit Promoted(id, election, !qualified, _msgSender());
    }

    // ---- views ----

    /// @notice The role that answers `stage` (1-based).
    function answerRole(uint8 stage) public pure returns (bytes32) {
        if (stage == 1) return DEPARTMENT_ROLE;
        if (stage == 2) return DELIBERATION_ROLE;
        if (stage == 3) return MAYOR_ROLE;
        revert ProposalBadStage(stage);
    }

    function proposalCount() external view returns (uint256) {
        return _store().count;
    }

    function proposal(uint256 id) external view returns (Proposal memory) {
        return _proposal(_store(), id);
    }

    /// @notice Stage `stage` of `id` (zeros while not reached).
    function stageOf(uint256 id, uint8 stage) external view returns (Stage memory) {
        if (stage == 0 || stage > STAGES) revert ProposalBadStage(stage);
        return _store().stages[id][stage];
    }

    /// @notice Whether `id` owes an answer at `stage` whose deadline has passed.
    function overdue(uint256 id, uint8 stage) external view returns (bool) {
        Stage storage st = _store().stages[id][stage];
        return st.reachedAt != 0 && st.answeredAt == 0 && block.timestamp > st.deadline;
    }

    function hasSupported(uint256 id, address citizen) external view returns (bool) {
        return _store().supported[id][citizen];
    }

    /// @notice The proposal election `election` came from (0: none).
    function proposalOfElection(uint256 election) external view returns (uint256) {
        return _store().proposalOfElection[election];
    }

    /// @notice The rules in force for new proposals, and their version.
    function currentRules() external view returns (Rules memory r, uint256 version) {
        ProposalStorage storage s = _store();
        version = s.rules.length - 1;
        r = s.rules[version];
    }

    /// @notice Rules version `version` (a proposal's `rules`).
    function rulesAt(uint256 version) external view returns (Rules memory) {
        return _store().rules[version];
    }

    /// @notice The residence schema accepted as proof (zero: none) and its resolver.
    function residenceSchema() external view returns (bytes32 schema, address resolver) {
        ProposalStorage storage s = _store();
        return (s.residenceSchema, address(s.resolver));
    }

    /// @notice The current roll of eligible citizens.
    function roll() external view returns (bytes32 root, uint32 size) {
        ProposalStorage storage s = _store();
        return (s.rollRoot, s.rollSize);
    }

    function voting() external view returns (address) {
        return address(_store().voting);
    }

    // ---- internals ----

    function _checkTexts(string calldata title, string calldata text, bytes32 titleHash, bytes32 textHash) private pure {
        uint256 tl = bytes(title).length;
        uint256 xl = bytes(text).length;
        if ((tl == 0 && titleHash == bytes32(0)) || tl > MAX_TITLE_BYTES) revert ProposalBadTitle(tl);
        if ((xl == 0 && textHash == bytes32(0)) || xl > MAX_TEXT_BYTES) revert ProposalBadText(xl);
        if (tl != 0 && keccak256(bytes(title)) != titleHash) revert ProposalHashMismatch("title");
        if (xl != 0 && keccak256(bytes(text)) != textHash) revert ProposalHashMismatch("text");
    }

    /// @dev Requires `uid` to be a residence credential of the caller that the city trusts now.
    function _checkCredential(bytes32 uid) private view {
        ProposalStorage storage s = _store();
        bytes32 schema = s.residenceSchema;
        if (schema == bytes32(0)) revert ProposalResidenceOff();
        Attestation memory a = s.eas.getAttestation(uid);
        if (a.schema != schema) revert ProposalCredentialWrongSchema(uid, a.schema);
        address citizen = _msgSender();
        if (a.recipient != citizen) revert ProposalCredentialNotHolder(uid, a.recipient, citizen);
        if (a.revocationTime != 0) revert ProposalCredentialRevoked(uid);
        if (a.expirationTime != 0 && a.expirationTime <= block.timestamp) revert ProposalCredentialExpired(uid, a.expirationTime);
        if (!s.resolver.isTrusted(schema, a.attester)) revert ProposalCredentialUntrusted(uid, a.attester);
    }

    /// @dev Stores a new proposal by the caller (already proven eligible) under the current
    /// roll (empty for a credential-only city) and rules.
    function _create(string calldata title, string calldata text, bytes32 titleHash, bytes32 textHash, uint16 category)
        private
        returns (uint256 id)
    {
        _checkTexts(title, text, titleHash, textHash);
        if (category == 0) revert ProposalNoCategory();
        ProposalStorage storage s = _store();
        address author = _msgSender();
        id = ++s.count;
        uint32 version = uint32(s.rules.length - 1);
        uint64 closesAt = uint64(block.timestamp) + s.rules[version].window;
        Proposal storage p = s.proposals[id];
        (p.author, p.openedAt, p.rules, p.closesAt) = (author, uint64(block.timestamp), version, closesAt);
        (p.rollSize, p.category, p.rollRoot) = (s.rollSize, category, s.rollRoot);
        (p.titleHash, p.textHash) = (titleHash, textHash);
        emit ProposalCreated(id, author, category, titleHash, textHash, closesAt);
        if (bytes(title).length != 0 || bytes(text).length != 0) emit ProposalText(id, title, text);
    }

    function _setRules(Rules memory r) private {
        uint32 prev = 0;
        for (uint256 i = 0; i < STAGES; ++i) {
            if (r.thresholds[i] <= prev) revert ProposalBadRules("thresholds must rise strictly from 1");
            if (r.answerPeriods[i] == 0) revert ProposalBadRules("every stage needs an answer period");
            prev = r.thresholds[i];
        }
        if (r.window == 0) revert ProposalBadRules("the support window is empty");
        if (r.promoteStage == 0 || r.promoteStage > STAGES) revert ProposalBadRules("the promotion stage runs from 1 to 3");
        ProposalStorage storage s = _store();
        s.rules.push(r);
        emit RulesSet(s.rules.length - 1, r.thresholds, r.answerPeriods, r.window, r.promoteStage);
    }

    function _proposal(ProposalStorage storage s, uint256 id) private view returns (Proposal storage p) {
        p = s.proposals[id];
        if (p.author == address(0)) revert ProposalUnknown(id);
    }

    function _open(ProposalStorage storage s, uint256 id) private view returns (Proposal storage p) {
        p = _proposal(s, id);
        if (block.timestamp >= p.closesAt) revert ProposalWindowClosed(id, block.timestamp, p.closesAt);
    }

    /// @dev The leaf commits to the roll size, as MVoting's, so one roll.json serves both.
    function _onRoll(bytes32 root, uint32 size, address who, bytes32[] calldata proof) private pure returns (bool) {
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(who, size))));
        return MerkleProof.verifyCalldata(proof, root, leaf);
    }

    function _store() private pure returns (ProposalStorage storage s) {
        bytes32 slot = STORAGE_SLOT;
        // ERC-7201: the only way to point a storage reference at a computed slot.
        // solhint-disable-next-line no-inline-assembly
        assembly {
            s.slot := slot
        }
    }

    /// @dev Upgrades are the admin's (the council's, through its delay).
    function _authorizeUpgrade(address) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
