// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {GovernedForwarderContext} from "./platform/GovernedForwarderContext.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import * as BN254 from "./voting/BN254.sol";
import {ElectionKeys} from "./voting/ElectionKeys.sol";

/// @title MVoting
/// @notice The city's citizen voting. Each election has a voter roll (a Merkle root), a
/// voting window, and open or secret ballots. A voter may vote again before the end, which
/// replaces the earlier ballot: only the last one counts. Open ballots are counted live.
/// Citizens vote through the city's ERC-2771 forwarder, so they never pay gas.
///
/// Secret ballots follow Helios and Belenios on alt_bn128 (BN254) G1, checked with the
/// ecAdd/ecMul precompiles. Before the start, the trustees run a distributed key generation
/// with no dealer (Pedersen's DKG over Feldman VSS, with complaints) on the ElectionKeys
/// contract (KEYS), which this one opens when it creates the election: each trustee commits
/// to a random polynomial with a proof of knowledge of its constant term; the election key
/// is the sum of the qualified trustees' constant-term commitments, derived there. A ballot is one
/// exponential ElGamal ciphertext per option with disjunctive Chaum-Pedersen proofs that
/// each encrypts 0 or 1 and that their sum is 1 to maxChoices, bound by Fiat-Shamir to the
/// chain, this contract, the election and the voter; the contract verifies them, refuses
/// an invalid ballot, and adds the ciphertexts to a running sum per option (a re-vote takes
/// the voter's previous ciphertexts back out). After the end each trustee posts partial
/// decryptions of the sums with Chaum-Pedersen proofs against its verification key; with k
/// of them the contract checks the posted counts in the exponent. No ballot is ever
/// decrypted and no election private key ever exists.
///
/// On chain about a person: a voter's address (when it votes; the roll itself is only a
/// Merkle root), and its ballot: an open ballot's choices are public per voter address; a
/// secret ballot is a ciphertext that only k trustees together could decrypt (and honest
/// trustees decrypt only the sums). Trustees' addresses and public keys are public. Titles
/// and option names are public text about the election, not about a person.
contract MVoting is GovernedForwarderContext, UUPSUpgradeable {
    /// @notice Creates, cancels and posts results of elections.
    bytes32 public constant ELECTION_ADMIN_ROLE = keccak256("ELECTION_ADMIN_ROLE");

    // Fiat-Shamir domains: a proof of one kind is never valid as another.
    bytes32 private constant BALLOT_DOMAIN = keccak256("seoulchain.MVoting.ballot.v1");
    bytes32 private constant DECRYPT_DOMAIN = keccak256("seoulchain.MVoting.decrypt.v1");
    // The tag of a ballot's sum proof; option proofs are tagged with their index.
    uint256 private constant SUM_TAG = 0xffff;

    struct Election {
        uint64 start;
        uint64 end;
        uint8 options;
        uint8 maxChoices;
        bool secret;
        bool cancelled;
        bool resultPosted;
        uint16 quorumBps; // minimum turnout in basis points of the roll; 0 for none
        uint32 rollSize;
        uint32 ballots; // voters who cast at least one ballot
        uint8 threshold; // trustees needed to decrypt the sums (secret ballots)
        uint8 trustees; // number of trustees
        uint8 committed; // retired: the key generation is ElectionKeys' (see roundOf there)
        uint8 decrypted; // trustees whose partial decryptions are in
        bytes32 rollRoot;
        bytes32 resultHash;
    }

    /// @dev A trustee of a secret election: its 1-based index (its x in the Shamir sharing).
    struct Trustee {
        uint8 index; // retired: ElectionKeys' trusteeOf
        bool committed; // retired: ElectionKeys' trusteeOf
        bool decrypted;
    }

    /// @notice A secret ballot: per option a ciphertext (A.x, A.y, B.x, B.y) and a proof
    /// (c0, c1, s0, s1) that it encrypts 0 or 1; then a proof that the options' sum
    /// encrypts 1 to maxChoices (challenges c_1..c_max, then responses s_1..s_max).
    struct SecretBallot {
        uint256[4][] ciphertexts;
        uint256[4][] choiceProofs;
        uint256[] sumProof;
    }

    error VotingUnknownElection(uint256 id);
    error VotingBadOptions(uint256 options);
    error VotingBadMaxChoices(uint256 maxChoices, uint256 options);
    error VotingBadWindow(uint64 start, uint64 end);
    error VotingEmptyRoll();
    error VotingBadQuorum(uint256 quorumBps);
    error VotingBadTrustees(uint256 threshold, uint256 trustees);
    error VotingNotOpen(uint256 id, uint256 time, uint64 start, uint64 end);
    error VotingCancelled(uint256 id);
    error VotingAlreadyStarted(uint256 id, uint64 start);
    error VotingNotOnRoll(uint256 id, address voter);
    error VotingWrongBallotKind(uint256 id, bool secret);
    error VotingNoChoice();
    error VotingTooManyChoices(uint256 chosen, uint256 maxChoices);
    error VotingOptionOutOfRange(uint256 option, uint256 options);
    error VotingDuplicateChoice(uint256 option);
    error VotingNotEnded(uint256 id, uint64 end);
    error VotingNotTrustee(uint256 id, address account);
    error VotingResultPosted(uint256 id);
    error VotingResultMismatch(uint256 id, uint256 option, uint256 posted, uint256 counted);
    error VotingResultLength(uint256 got, uint256 options);
    /// @notice A secret election's posted count for `option` exceeds the voters who cast a ballot.
    error VotingCountAboveBallots(uint256 id, uint256 option, uint256 posted, uint256 ballots);
    /// @notice (x, y) is not a point of BN254 G1 (off the curve, or a coordinate not below p).
    error VotingPointNotOnCurve(uint256 x, uint256 y);
    /// @notice The key generation is not settled (see ElectionKeys): there is no election key yet.
    error VotingKeyNotReady(uint256 id);
    error VotingBallotLength(uint256 id, uint256 ciphertexts, uint256 proofs, uint256 options);
    error VotingSumProofLength(uint256 id, uint256 got, uint256 want);
    /// @notice The proof that option `option` encrypts 0 or 1 does not verify for this voter.
    error VotingBadChoiceProof(uint256 id, address voter, uint256 option);
    /// @notice The proof that the ballot chooses 1 to maxChoices options does not verify.
    error VotingBadSumProof(uint256 id, address voter);
    /// @notice A replacing ballot must carry the voter's previous ciphertexts exactly (a
    /// first ballot none), so that they can be taken out of the sums.
    error VotingPreviousBallotMismatch(uint256 id, address voter);
    error VotingAlreadyDecrypted(uint256 id, address trustee);
    error VotingDecryptionLength(uint256 id, uint256 shares, uint256 proofs, uint256 options);
    /// @notice The partial decryption of option `option` does not match the trustee's
    /// verification key (its Chaum-Pedersen proof fails).
    error VotingBadDecryption(uint256 id, address trustee, uint256 option);
    error VotingTooFewDecryptions(uint256 id, uint256 have, uint256 threshold);
    /// @notice count·G + sum of the weighted partial decryptions is not option `option`'s sum.
    error VotingCountMismatch(uint256 id, uint256 option, uint256 posted);
    /// @notice The trustee did not commit or was disqualified in the key generation.
    error VotingDisqualified(uint256 id, address trustee);
    /// @notice An upgrade must keep the key generation contract (its rounds are the elections' keys).
    error VotingUpgradeChangesKeys(address keys, address proposed);

    // An election's creation is told by three events (one would not fit the stack).
    event ElectionCreated(uint256 indexed id, string title, string[] optionNames);
    event ElectionWindow(uint256 indexed id, uint64 start, uint64 end, uint8 maxChoices, bool secret);
    event ElectionRoll(uint256 indexed id, bytes32 rollRoot, uint32 rollSize, uint16 quorumBps);
    /// @notice A secret election's trustees, in index order (1, 2, ...), and their secp256k1
    /// public keys, to which the key generation shares are encrypted.
    event ElectionTrustees(uint256 indexed id, uint8 threshold, address[] trustees, bytes[] trusteeKeys);
    event ElectionCancelled(uint256 indexed id);
    // The key generation's events (TrusteeCommitted, ShareComplaint, ShareRevealed,
    // TrusteeDisqualified, ElectionKeyReady) are ElectionKeys', under the same election id.
    event OpenBallotCast(uint256 indexed id, address indexed voter, uint8[] choices, bool replaced);
    event SecretBallotCast(uint256 indexed id, address indexed voter, SecretBallot ballot, bool replaced);
    /// @notice A trustee's verified partial decryptions of the option sums, with their proofs.
    event DecryptionPosted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] shares, uint256[2][] proofs);
    event ResultPosted(uint256 indexed id, uint256[] counts, bytes32 resultHash);

    /// @notice The key generation of secret elections. Immutable in the implementation: an
    /// upgrade must keep it, which `_authorizeUpgrade` checks.
    /// @custom:oz-upgrades-unsafe-allow state-variable-immutable
    ElectionKeys public immutable KEYS;

    uint256 public electionCount;
    mapping(uint256 => Election) private _elections;
    mapping(uint256 => uint256[]) private _counts; // open ballots, live
    mapping(uint256 => mapping(address => uint32)) private _choiceMask; // open ballots: the voter's last choices + 1 bit
    mapping(uint256 => mapping(address => bool)) private _voted;
    mapping(uint256 => mapping(address => Trustee)) private _trustees; // decrypted; index and committed are retired (ElectionKeys')
    /// @custom:oz-renamed-from _commitSum
    mapping(uint256 => uint256[2][]) private __deprecated_commitSum; // retired: the key generation is ElectionKeys'
    mapping(uint256 => mapping(uint256 => uint256[4])) private _sum; // per option: the sum of the last ballots' ciphertexts
    mapping(uint256 => mapping(address => bytes32)) private _ballotHash; // keccak256(abi.encode(ciphertexts)) of the voter's last ballot
    mapping(uint256 => uint8[]) private _decryptors; // trustee indexes in the order their decryptions came
    mapping(uint256 => mapping(uint256 => uint256[2][])) private _partials; // trustee index => per option D = x_j·A
    /// @custom:oz-renamed-from _disqualified
    mapping(uint256 => mapping(address => bool)) private __deprecated_disqualified; // retired: ElectionKeys'
    /// @custom:oz-renamed-from _noShows
    mapping(uint256 => uint8) private __deprecated_noShows; // retired: ElectionKeys'

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor(ElectionKeys keys) {
        KEYS = keys;
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once.
    /// @param forwarder the city's ERC-2771 forwarder; the admin may replace it.
    /// @param admin receives the admin and election admin roles.
    function initialize(address forwarder, address admin) external initializer {
        __GovernedForwarderContext_init(forwarder);
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
        _grantRole(ELECTION_ADMIN_ROLE, admin);
    }

    // A calldata argument: field order does not change its cost.
    // solhint-disable-next-line gas-struct-packing
    struct NewElection {
        string title;
        string[] optionNames;
        uint8 maxChoices;
        uint64 start;
        uint64 end;
        bytes32 rollRoot;
        uint32 rollSize;
        uint16 quorumBps;
        bool secret;
        uint8 threshold;
        bytes[] trusteeKeys; // secret ballots: each trustee's 64-byte secp256k1 public key (x, y)
    }

    /// @notice Creates an election. Secret ballots need the trustees' public keys (their
    /// addresses are derived from them; distinct) and the threshold k; the trustees then
    /// generate the election key before the start, on KEYS (its round `id` is opened here).
    /// The roll root must be built for `rollSize` voters: each leaf commits to the roll size
    /// (see _votable), so a root built for one size admits no voter under another.
    function create(NewElection calldata e) external onlyRole(ELECTION_ADMIN_ROLE) returns (uint256 id) {
        uint256 options = e.optionNames.length;
        if (options < 2 || options > 32) revert VotingBadOptions(options);
        if (e.maxChoices == 0 || e.maxChoices > options) revert VotingBadMaxChoices(e.maxChoices, options);
        if (e.start < block.timestamp || e.end <= e.start) revert VotingBadWindow(e.start, e.end);
        if (e.rollRoot == bytes32(0) || e.rollSize == 0) revert VotingEmptyRoll();
        if (e.quorumBps > 10_000) revert VotingBadQuorum(e.quorumBps);
        id = ++electionCount;
        Election storage el = _elections[id];
        (el.start, el.end, el.options, el.maxChoices, el.secret) = (e.start, e.end, uint8(options), e.maxChoices, e.secret);
        (el.rollRoot, el.rollSize, el.quorumBps) = (e.rollRoot, e.rollSize, e.quorumBps);
        address[] memory trustees;
        if (e.secret) {
            uint256 n = e.trusteeKeys.length;
            if (e.threshold == 0 || e.threshold > n || n > 32) revert VotingBadTrustees(e.threshold, n);
            (el.threshold, el.trustees) = (e.threshold, uint8(n));
            trustees = KEYS.open(id, e.start, e.threshold, e.trusteeKeys);
        } else {
            _counts[id] = new uint256[](options);
        }
        emit ElectionCreated(id, e.title, e.optionNames);
        emit ElectionWindow(id, e.start, e.end, e.maxChoices, e.secret);
        emit ElectionRoll(id, e.rollRoot, e.rollSize, e.quorumBps);
        if (e.secret) emit ElectionTrustees(id, e.threshold, trustees, e.trusteeKeys);
    }

    /// @notice Cancels an election that has not started; a running one cannot be changed.
    function cancel(uint256 id) external onlyRole(ELECTION_ADMIN_ROLE) {
        Election storage el = _election(id);
        if (el.cancelled) revert VotingCancelled(id);
        if (block.timestamp >= el.start) revert VotingAlreadyStarted(id, el.start);
        el.cancelled = true;
        if (el.secret) KEYS.cancel(id);
        emit ElectionCancelled(id);
    }

    /// @notice Casts (or replaces) an open ballot.
    function castOpen(uint256 id, uint8[] calldata choices, bytes32[] calldata proof) external {
        Election storage el = _votable(id, proof, false);
        uint32 mask = _mask(choices, el.options, el.maxChoices);
        address voter = _msgSender();
        uint32 previous = _choiceMask[id][voter];
        uint256[] storage counts = _counts[id];
        for (uint256 o = 0; o < el.options; ++o) {
            if (previous & (uint32(1) << uint32(o)) != 0) --counts[o];
            if (mask & (uint32(1) << uint32(o)) != 0) ++counts[o];
        }
        _choiceMask[id][voter] = mask;
        emit OpenBallotCast(id, voter, choices, _markVoted(id, el, voter));
    }

    /// @notice Casts (or replaces) a secret ballot. Its proofs are verified here (an invalid
    /// ballot is refused) and its ciphertexts added to the option sums. A replacing ballot
    /// passes the voter's previous ciphertexts as `previous` (from its last SecretBallotCast
    /// event; empty for a first ballot): they are checked against the stored hash and taken
    /// back out of the sums, so only the last ballot counts.
    function castSecret(uint256 id, SecretBallot calldata ballot, uint256[4][] calldata previous, bytes32[] calldata proof) external {
        Election storage el = _votable(id, proof, true);
        address voter = _msgSender();
        _verifyBallot(id, el, voter, ballot);
        bytes32 old = _ballotHash[id][voter];
        if (old == 0 ? previous.length != 0 : keccak256(abi.encode(previous)) != old) revert VotingPreviousBallotMismatch(id, voter);
        for (uint256 o = 0; o < ballot.ciphertexts.length; ++o) {
            uint256[4] storage s = _sum[id][o];
            uint256[4] memory ct = ballot.ciphertexts[o];
            uint256[2] memory a = BN254.add([s[0], s[1]], [ct[0], ct[1]]);
            uint256[2] memory b = BN254.add([s[2], s[3]], [ct[2], ct[3]]);
            if (old != 0) {
                a = BN254.sub(a, [previous[o][0], previous[o][1]]);
                b = BN254.sub(b, [previous[o][2], previous[o][3]]);
            }
            (s[0], s[1], s[2], s[3]) = (a[0], a[1], b[0], b[1]);
        }
        _ballotHash[id][voter] = keccak256(abi.encode(ballot.ciphertexts));
        emit SecretBallotCast(id, voter, ballot, _markVoted(id, el, voter));
    }

    /// @notice A trustee's partial decryptions of the option sums after the end: for each
    /// option D = x_j·A and a Chaum-Pedersen proof (c, s) that log_G(K_j) = log_A(D) for its
    /// verification key K_j = sum_l j^l·(sum of the trustees' C_l). Verified here; a wrong
    /// one is refused.
    function postDecryption(uint256 id, uint256[2][] calldata shares, uint256[2][] calldata proofs) external {
        Election storage el = _ended(id);
        if (!el.secret) revert VotingWrongBallotKind(id, false);
        if (el.resultPosted) revert VotingResultPosted(id);
        (, bool ready) = KEYS.electionKey(id);
        if (!ready) revert VotingKeyNotReady(id);
        address who = _msgSender();
        (uint8 index, bool qualified) = KEYS.trusteeOf(id, who);
        if (index == 0) revert VotingNotTrustee(id, who);
        if (!qualified) revert VotingDisqualified(id, who);
        Trustee storage tr = _trustees[id][who];
        if (tr.decrypted) revert VotingAlreadyDecrypted(id, who);
        if (shares.length != el.options || proofs.length != el.options) revert VotingDecryptionLength(id, shares.length, proofs.length, el.options);
        _storeDecryptions(id, who, index, shares, proofs);
        tr.decrypted = true;
        ++el.decrypted;
        _decryptors[id].push(index);
        emit DecryptionPosted(id, who, index, shares, proofs);
    }

    /// @notice Records the final counts. Open ballots must match the contract's own count.
    /// Secret ones are checked against the first k partial decryptions: for each option
    /// count·G + sum_j lambda_j·D_j must equal the sum's B (Lagrange interpolation in the
    /// exponent), so a wrong count is refused.
    function postResult(uint256 id, uint256[] calldata counts) external onlyRole(ELECTION_ADMIN_ROLE) {
        Election storage el = _ended(id);
        if (el.resultPosted) revert VotingResultPosted(id);
        if (counts.length != el.options) revert VotingResultLength(counts.length, el.options);
        if (el.secret) {
            _checkSecretCounts(id, el, counts);
        } else {
            for (uint256 o = 0; o < counts.length; ++o) {
                if (counts[o] != _counts[id][o]) revert VotingResultMismatch(id, o, counts[o], _counts[id][o]);
            }
        }
        el.resultPosted = true;
        el.resultHash = keccak256(abi.encode(counts));
        emit ResultPosted(id, counts, el.resultHash);
    }

    // ---- views ----

    function electionOf(uint256 id) external view returns (Election memory) {
        return _elections[id];
    }

    /// @notice Live counts of an open election; for a secret one, an empty array.
    function countsOf(uint256 id) external view returns (uint256[] memory) {
        return _counts[id];
    }

    /// @notice Turnout in basis points of the roll, and whether the quorum is reached.
    function turnout(uint256 id) external view returns (uint256 bps, bool quorumReached) {
        Election storage el = _elections[id];
        if (el.rollSize == 0) return (0, false);
        bps = (uint256(el.ballots) * 10_000) / el.rollSize;
        quorumReached = bps >= el.quorumBps;
    }

    function hasVoted(uint256 id, address voter) external view returns (bool) {
        return _voted[id][voter];
    }

    /// @notice A secret election's key (the point at infinity until the key generation is
    /// settled: see ElectionKeys' ElectionKeyReady).
    function electionKey(uint256 id) external view returns (uint256[2] memory key, bool ready) {
        if (_elections[id].secret) return KEYS.electionKey(id);
    }

    /// @notice The sum of the last ballots' ciphertexts per option (A.x, A.y, B.x, B.y).
    function sumsOf(uint256 id) external view returns (uint256[4][] memory sums) {
        sums = new uint256[4][](_elections[id].options);
        for (uint256 o = 0; o < sums.length; ++o) sums[o] = _sum[id][o];
    }

    // ---- internals ----

    function _election(uint256 id) private view returns (Election storage el) {
        el = _elections[id];
        if (el.rollSize == 0) revert VotingUnknownElection(id);
    }

    function _votable(uint256 id, bytes32[] calldata proof, bool secret) private view returns (Election storage el) {
        el = _election(id);
        if (el.cancelled) revert VotingCancelled(id);
        if (block.timestamp < el.start || block.timestamp >= el.end) revert VotingNotOpen(id, block.timestamp, el.start, el.end);
        if (el.secret != secret) revert VotingWrongBallotKind(id, el.secret);
        // The leaf commits to the roll size, so the stored size is the tree's own.
        bytes32 leaf = keccak256(bytes.concat(keccak256(abi.encode(_msgSender(), el.rollSize))));
        if (!MerkleProof.verifyCalldata(proof, el.rollRoot, leaf)) revert VotingNotOnRoll(id, _msgSender());
    }

    function _ended(uint256 id) private view returns (Election storage el) {
        el = _election(id);
        if (el.cancelled) revert VotingCancelled(id);
        if (block.timestamp < el.end) revert VotingNotEnded(id, el.end);
    }

    function _markVoted(uint256 id, Election storage el, address voter) private returns (bool replaced) {
        replaced = _voted[id][voter];
        if (!replaced) {
            _voted[id][voter] = true;
            ++el.ballots;
        }
    }

    function _mask(uint8[] calldata choices, uint8 options, uint8 maxChoices) private pure returns (uint32 mask) {
        if (choices.length == 0) revert VotingNoChoice();
        if (choices.length > maxChoices) revert VotingTooManyChoices(choices.length, maxChoices);
        for (uint256 i = 0; i < choices.length; ++i) {
            uint8 c = choices[i];
            if (c >= options) revert VotingOptionOutOfRange(c, options);
            uint32 bit = uint32(1) << c;
            if (mask & bit != 0) revert VotingDuplicateChoice(c);
            mask |= bit;
        }
    }

    /// @dev The Fiat-Shamir context: keccak256(abi.encode(domain, chain, this, election, party)).
    function _context(bytes32 domain, uint256 id, address party) private view returns (bytes32) {
        return keccak256(abi.encode(domain, block.chainid, address(this), id, party));
    }

    /// @dev A point from calldata, refused with VotingPointNotOnCurve unless it is one.
    function _point(uint256[2] calldata p) private pure returns (uint256[2] memory) {
        _checkPoint(p[0], p[1]);
        return [p[0], p[1]];
    }

    function _checkPoint(uint256 x, uint256 y) private pure {
        if (!BN254.isPoint(x, y)) revert VotingPointNotOnCurve(x, y);
    }

    /// @dev Checks that the election has its key, then every proof of a secret ballot (see SecretBallot).
    function _verifyBallot(uint256 id, Election storage el, address voter, SecretBallot calldata ballot) private view {
        (uint256[2] memory y, bool ready) = KEYS.electionKey(id);
        if (!ready) revert VotingKeyNotReady(id);
        uint256 options = el.options;
        if (ballot.ciphertexts.length != options || ballot.choiceProofs.length != options) {
            revert VotingBallotLength(id, ballot.ciphertexts.length, ballot.choiceProofs.length, options);
        }
        uint256 m = el.maxChoices;
        if (ballot.sumProof.length != 2 * m) revert VotingSumProofLength(id, ballot.sumProof.length, 2 * m);
        bytes32 ctx = _context(BALLOT_DOMAIN, id, voter);
        uint256[4] memory total;
        uint256[] memory cs = new uint256[](2);
        uint256[] memory ss = new uint256[](2);
        for (uint256 o = 0; o < options; ++o) {
            uint256[4] calldata ct = ballot.ciphertexts[o];
            _checkPoint(ct[0], ct[1]);
            _checkPoint(ct[2], ct[3]);
            uint256[4] calldata p = ballot.choiceProofs[o];
            (cs[0], cs[1], ss[0], ss[1]) = (p[0], p[1], p[2], p[3]);
            if (!_verifyRange(ctx, y, o, ct, 0, cs, ss)) revert VotingBadChoiceProof(id, voter, o);
            uint256[2] memory a = BN254.add([total[0], total[1]], [ct[0], ct[1]]);
            uint256[2] memory b = BN254.add([total[2], total[3]], [ct[2], ct[3]]);
            (total[0], total[1], total[2], total[3]) = (a[0], a[1], b[0], b[1]);
        }
        cs = ballot.sumProof[:m];
        ss = ballot.sumProof[m:];
        if (!_verifyRange(ctx, y, SUM_TAG, total, 1, cs, ss)) revert VotingBadSumProof(id, voter);
    }

    /// @dev A disjunctive Chaum-Pedersen proof (CDS94, as Helios) that (A, B) under y
    /// encrypts one of lo, lo+1, ..., lo+n-1: branch j's commitments are recomputed as
    /// a_j = s_j·G - c_j·A and b_j = s_j·y - c_j·(B - (lo+j)·G), and the challenges must add
    /// up to H(ctx, tag, lo, hi, A, B, a_0, b_0, ...) mod r.
    function _verifyRange(bytes32 ctx, uint256[2] memory y, uint256 tag, uint256[4] memory ct, uint256 lo, uint256[] memory cs, uint256[] memory ss)
        private
        view
        returns (bool)
    {
        uint256[] memory buf = new uint256[](7 + 4 * cs.length);
        (buf[0], buf[1], buf[2], buf[3], buf[4], buf[5], buf[6]) = (tag, lo, lo + cs.length - 1, ct[0], ct[1], ct[2], ct[3]);
        // B - lo·G, then one G less per branch.
        uint256[2] memory bv = lo == 0 ? [ct[2], ct[3]] : BN254.sub([ct[2], ct[3]], BN254.mulG(lo));
        uint256 sumC = 0;
        for (uint256 j = 0; j < cs.length; ++j) {
            if (cs[j] >= BN254.R || ss[j] >= BN254.R) return false;
            _branch(buf, 7 + 4 * j, y, [ct[0], ct[1]], bv, cs[j], ss[j]);
            sumC = addmod(sumC, cs[j], BN254.R);
            if (j + 1 < cs.length) bv = BN254.sub(bv, [uint256(1), uint256(2)]);
        }
        return uint256(keccak256(abi.encodePacked(ctx, buf))) % BN254.R == sumC;
    }

    /// @dev Verifies and stores a trustee's partial decryptions (see postDecryption).
    function _storeDecryptions(uint256 id, address who, uint8 index, uint256[2][] calldata shares, uint256[2][] calldata proofs) private {
        uint256[2] memory k = KEYS.verificationKey(id, index);
        bytes32 ctx = _context(DECRYPT_DOMAIN, id, who);
        uint256[2][] storage stored = _partials[id][index];
        for (uint256 o = 0; o < shares.length; ++o) {
            uint256[2] memory d = _point(shares[o]);
            uint256[4] storage sum = _sum[id][o];
            if (!_verifyDecryption(ctx, k, [sum[0], sum[1]], d, o, proofs[o])) revert VotingBadDecryption(id, who, o);
            stored.push(d);
        }
    }

    /// @dev Writes one branch's commitments a = s·G - c·A and b = s·y - c·bv at buf[at..at+3].
    function _branch(uint256[] memory buf, uint256 at, uint256[2] memory y, uint256[2] memory a, uint256[2] memory bv, uint256 c, uint256 s)
        private
        view
    {
        uint256[2] memory aj = BN254.sub(BN254.mulG(s), BN254.mul(a, c));
        uint256[2] memory bj = BN254.sub(BN254.mul(y, s), BN254.mul(bv, c));
        (buf[at], buf[at + 1], buf[at + 2], buf[at + 3]) = (aj[0], aj[1], bj[0], bj[1]);
    }

    /// @dev A Chaum-Pedersen proof (CP92) (c, s) that log_G(k) = log_a(d): t1 = s·G - c·k,
    /// t2 = s·a - c·d, and c = H(ctx, tag, k, a, d, t1, t2) mod r.
    function _verifyDecryption(bytes32 ctx, uint256[2] memory k, uint256[2] memory a, uint256[2] memory d, uint256 tag, uint256[2] calldata proof)
        private
        view
        returns (bool)
    {
        (uint256 c, uint256 s) = (proof[0], proof[1]);
        if (c >= BN254.R || s >= BN254.R) return false;
        uint256[2] memory t1 = BN254.sub(BN254.mulG(s), BN254.mul(k, c));
        uint256[2] memory t2 = BN254.sub(BN254.mul(a, s), BN254.mul(d, c));
        return uint256(keccak256(abi.encodePacked(ctx, tag, k, a, d, t1, t2))) % BN254.R == c;
    }

    /// @dev The tally check of a secret election (see postResult).
    function _checkSecretCounts(uint256 id, Election storage el, uint256[] calldata counts) private view {
        uint8[] storage who = _decryptors[id];
        uint256 k = el.threshold;
        if (who.length < k) revert VotingTooFewDecryptions(id, who.length, k);
        uint256[] memory lambda = new uint256[](k);
        for (uint256 i = 0; i < k; ++i) {
            (uint256 num, uint256 den) = (1, 1);
            for (uint256 m = 0; m < k; ++m) {
                if (m == i) continue;
                num = mulmod(num, who[m], BN254.R);
                den = mulmod(den, addmod(who[m], BN254.R - who[i], BN254.R), BN254.R);
            }
            lambda[i] = mulmod(num, BN254.inverse(den), BN254.R);
        }
        for (uint256 o = 0; o < counts.length; ++o) {
            // A count above the ballots could only alias a true one modulo r; refuse it plainly.
            if (counts[o] > el.ballots) revert VotingCountAboveBallots(id, o, counts[o], el.ballots);
            uint256[2] memory acc = BN254.mulG(counts[o]);
            for (uint256 i = 0; i < k; ++i) {
                acc = BN254.add(acc, BN254.mul(_partials[id][who[i]][o], lambda[i]));
            }
            if (!BN254.eq(acc, [_sum[id][o][2], _sum[id][o][3]])) revert VotingCountMismatch(id, o, counts[o]);
        }
    }

    /// @dev Upgrades are the admin's (the council's, through its delay), and keep KEYS.
    function _authorizeUpgrade(address newImplementation) internal view override onlyRole(DEFAULT_ADMIN_ROLE) {
        ElectionKeys proposed;
        try MVoting(newImplementation).KEYS() returns (ElectionKeys k) {
            proposed = k;
        } catch {}
        if (proposed != KEYS) revert VotingUpgradeChangesKeys(address(KEYS), address(proposed));
    }

}
