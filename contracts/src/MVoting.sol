// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import {GovernedForwarderContext} from "./platform/GovernedForwarderContext.sol";
import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";

/// @title MVoting
/// @notice The city's citizen voting. Each election has a voter roll (a Merkle root), a
/// voting window, and open or secret ballots. A voter may vote again before the end, which
/// replaces the earlier ballot: only the last one counts. Open ballots are counted live.
/// Secret ballots are encrypted to the election key, whose private half exists only as
/// trustee shares until the vote closes; then trustees reveal their shares, anyone rebuilds
/// and publishes the key (the contract checks it), and anyone can count from chain data.
/// Citizens vote through the city's ERC-2771 forwarder, so they never pay gas.
///
/// On chain about a person: a voter's address (when it votes; the roll itself is only a
/// Merkle root), and its ballot: an open ballot's choices are public per voter address, a
/// secret ballot is a ciphertext under the election key, which anyone can decrypt once the
/// key is published after the end. Trustees' addresses and shares are public. Titles and
/// option names are public text about the election, not about a person.
contract MVoting is GovernedForwarderContext, UUPSUpgradeable {
    /// @notice Creates, cancels and posts results of elections.
    bytes32 public constant ELECTION_ADMIN_ROLE = keccak256("ELECTION_ADMIN_ROLE");

    // secp256k1's generator x coordinate and group order, for the published-key check, and
    // its field prime, for the curve check of an election's public key.
    uint256 private constant GX = 0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798;
    uint256 private constant N = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
    uint256 private constant P = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F;

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
        uint8 threshold; // trustee shares needed to rebuild the key
        bytes32 rollRoot;
        address keyAddress; // address of the election public key (secret ballots)
        uint256 privateKey; // published after the end (secret ballots)
        bytes32 resultHash;
    }

    error VotingUnknownElection(uint256 id);
    error VotingBadOptions(uint256 options);
    error VotingBadMaxChoices(uint256 maxChoices, uint256 options);
    error VotingBadWindow(uint64 start, uint64 end);
    error VotingEmptyRoll();
    error VotingBadQuorum(uint256 quorumBps);
    error VotingBadKey();
    /// @notice The election public key (x, y) is not a point of secp256k1: no private key
    /// matches it, so the key could never be published nor the result posted.
    error VotingKeyNotOnCurve(uint256 x, uint256 y);
    error VotingBadTrustees(uint256 threshold, uint256 trustees, uint256 shares);
    /// @notice A trustee at position `index` is the zero address.
    error VotingZeroTrustee(uint256 index);
    /// @notice The trustee at position `index` is listed earlier too: its one share would count twice.
    error VotingDuplicateTrustee(uint256 index, address trustee);
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
    error VotingWrongKey(uint256 id);
    error VotingKeyAlreadyPublished(uint256 id);
    error VotingKeyNotPublished(uint256 id);
    error VotingResultPosted(uint256 id);
    error VotingResultMismatch(uint256 id, uint256 option, uint256 posted, uint256 counted);
    error VotingResultLength(uint256 got, uint256 options);
    /// @notice A secret election's posted count for `option` exceeds the voters who cast a ballot.
    error VotingCountAboveBallots(uint256 id, uint256 option, uint256 posted, uint256 ballots);
    /// @notice A secret election's posted counts add up to more than ballots x maxChoices.
    error VotingCountsAboveChoices(uint256 id, uint256 total, uint256 maxTotal);

    // An election's creation is told by three events (one would not fit the stack).
    event ElectionCreated(uint256 indexed id, string title, string[] optionNames);
    event ElectionWindow(uint256 indexed id, uint64 start, uint64 end, uint8 maxChoices, bool secret);
    event ElectionRoll(uint256 indexed id, bytes32 rollRoot, uint32 rollSize, uint16 quorumBps);
    /// @notice A secret election's public key and each trustee's share, encrypted to that trustee.
    event ElectionKey(uint256 indexed id, bytes publicKey, uint8 threshold, address[] trustees, bytes[] encryptedShares);
    event ElectionCancelled(uint256 indexed id);
    event OpenBallotCast(uint256 indexed id, address indexed voter, uint8[] choices, bool replaced);
    event SecretBallotCast(uint256 indexed id, address indexed voter, bytes ciphertext, bool replaced);
    event ShareRevealed(uint256 indexed id, address indexed trustee, bytes share);
    event KeyPublished(uint256 indexed id, uint256 privateKey);
    event ResultPosted(uint256 indexed id, uint256[] counts, bytes32 resultHash);

    uint256 public electionCount;
    mapping(uint256 => Election) private _elections;
    mapping(uint256 => uint256[]) private _counts; // open ballots, live
    mapping(uint256 => mapping(address => uint32)) private _choiceMask; // open ballots: the voter's last choices + 1 bit
    mapping(uint256 => mapping(address => bool)) private _voted;
    mapping(uint256 => mapping(address => bool)) private _trustee;

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
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
        bytes publicKey; // 64 bytes, x and y, for secret ballots
        uint8 threshold;
        address[] trustees;
        bytes[] encryptedShares;
    }

    /// @notice Creates an election. Secret ballots need the election public key (a point of
    /// secp256k1), the trustees (distinct, non-zero) and each one's encrypted share, and the
    /// number of shares that rebuild the key. The roll root must be built for `rollSize`
    /// voters: each leaf commits to the roll size (see _votable), so a root built for one size
    /// admits no voter under another.
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
        if (e.secret) {
            if (e.publicKey.length != 64) revert VotingBadKey();
            _checkOnCurve(e.publicKey);
            uint256 n = e.trustees.length;
            if (e.threshold == 0 || e.threshold > n || e.encryptedShares.length != n) {
                revert VotingBadTrustees(e.threshold, n, e.encryptedShares.length);
            }
            el.keyAddress = address(uint160(uint256(keccak256(e.publicKey))));
            el.threshold = e.threshold;
            for (uint256 i = 0; i < n; ++i) {
                address tr = e.trustees[i];
                if (tr == address(0)) revert VotingZeroTrustee(i);
                if (_trustee[id][tr]) revert VotingDuplicateTrustee(i, tr);
                _trustee[id][tr] = true;
            }
        } else {
            _counts[id] = new uint256[](options);
        }
        emit ElectionCreated(id, e.title, e.optionNames);
        emit ElectionWindow(id, e.start, e.end, e.maxChoices, e.secret);
        emit ElectionRoll(id, e.rollRoot, e.rollSize, e.quorumBps);
        if (e.secret) emit ElectionKey(id, e.publicKey, e.threshold, e.trustees, e.encryptedShares);
    }

    /// @notice Cancels an election that has not started; a running one cannot be changed.
    function cancel(uint256 id) external onlyRole(ELECTION_ADMIN_ROLE) {
        Election storage el = _election(id);
        if (el.cancelled) revert VotingCancelled(id);
        if (block.timestamp >= el.start) revert VotingAlreadyStarted(id, el.start);
        el.cancelled = true;
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

    /// @notice Casts (or replaces) a secret ballot: choices encrypted to the election key.
    function castSecret(uint256 id, bytes calldata ciphertext, bytes32[] calldata proof) external {
        Election storage el = _votable(id, proof, true);
        if (ciphertext.length == 0) revert VotingNoChoice();
        address voter = _msgSender();
        emit SecretBallotCast(id, voter, ciphertext, _markVoted(id, el, voter));
    }

    /// @notice A trustee reveals its share after the vote closed.
    function revealShare(uint256 id, bytes calldata share) external {
        Election storage el = _ended(id);
        if (!_trustee[id][_msgSender()]) revert VotingNotTrustee(id, _msgSender());
        if (!el.secret) revert VotingWrongBallotKind(id, false);
        emit ShareRevealed(id, _msgSender(), share);
    }

    /// @notice Publishes the rebuilt election private key; it must match the public key.
    function publishKey(uint256 id, uint256 privateKey) external {
        Election storage el = _ended(id);
        if (!el.secret) revert VotingWrongBallotKind(id, false);
        if (el.privateKey != 0) revert VotingKeyAlreadyPublished(id);
        if (!_isKeyOf(privateKey, el.keyAddress)) revert VotingWrongKey(id);
        el.privateKey = privateKey;
        emit KeyPublished(id, privateKey);
    }

    /// @notice Records the final counts. Open ballots must match the contract's own count;
    /// secret ones anyone can recount from the ballots and the published key. Until the
    /// contract verifies a secret tally itself, it bounds it: no option above the number of
    /// voters who cast a ballot, and no more marks in all than ballots x maxChoices.
    function postResult(uint256 id, uint256[] calldata counts) external onlyRole(ELECTION_ADMIN_ROLE) {
        Election storage el = _ended(id);
        if (el.resultPosted) revert VotingResultPosted(id);
        if (counts.length != el.options) revert VotingResultLength(counts.length, el.options);
        if (el.secret) {
            if (el.privateKey == 0) revert VotingKeyNotPublished(id);
            _checkSecretBounds(id, el, counts);
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

    function _checkSecretBounds(uint256 id, Election storage el, uint256[] calldata counts) private view {
        uint256 ballots = el.ballots;
        uint256 total = 0;
        for (uint256 o = 0; o < counts.length; ++o) {
            if (counts[o] > ballots) revert VotingCountAboveBallots(id, o, counts[o], ballots);
            total += counts[o]; // each count <= 2^32, so the sum of 32 cannot overflow
        }
        if (total > ballots * el.maxChoices) revert VotingCountsAboveChoices(id, total, ballots * el.maxChoices);
    }

    /// @dev Refuses a public key (x, y) that is not on y^2 = x^3 + 7 over F_p.
    function _checkOnCurve(bytes calldata publicKey) private pure {
        uint256 x = uint256(bytes32(publicKey[:32]));
        uint256 y = uint256(bytes32(publicKey[32:]));
        if (x >= P || y >= P || mulmod(y, y, P) != addmod(mulmod(mulmod(x, x, P), x, P), 7, P)) {
            revert VotingKeyNotOnCurve(x, y);
        }
    }

    /// @dev k*G computed with ecrecover: ecrecover(0, 27, Gx, k*Gx mod N) recovers the
    /// address of k*G (27: G's y is even), so the key check costs one precompile call.
    function _isKeyOf(uint256 k, address expected) private pure returns (bool) {
        if (k == 0 || k >= N) return false;
        return ecrecover(bytes32(0), 27, bytes32(GX), bytes32(mulmod(k, GX, N))) == expected;
    }

    /// @dev Upgrades are the admin's (the council's, through its delay).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}

}
