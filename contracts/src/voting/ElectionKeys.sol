// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {AccessControlUpgradeable} from "@openzeppelin/contracts-upgradeable/access/AccessControlUpgradeable.sol";
import {UUPSUpgradeable} from "@openzeppelin/contracts-upgradeable/proxy/utils/UUPSUpgradeable.sol";
import * as BN254 from "./BN254.sol";

/// @title ElectionKeys
/// @notice The distributed key generation of MVoting's secret elections (Pedersen's DKG
/// over Feldman VSS, as Belenios and Joint-Feldman), with complaints. It lives apart from
/// MVoting so that both stay under EIP-170's code size limit; MVoting opens a round when it
/// creates a secret election and reads the election key, each trustee's standing and
/// verification key from here.
///
/// A round: before the vote opens, each trustee commits to a random polynomial of degree
/// k-1 (C_l = a_l·G, with a Schnorr proof of knowledge of a_0 checked here) and sends each
/// trustee its share f(j), ECIES-encrypted to that trustee's key, in the same transaction.
/// A trustee whose share does not decrypt or does not match the sender's commitments
/// complains here, until REVEAL_PERIOD before the start (so every reveal deadline falls by
/// the start); the accused has REVEAL_PERIOD to reveal that share in the clear, checked
/// here against its commitments with ecMul/ecAdd. A valid reveal closes the complaint for
/// good (the accused stays, the complainer uses the revealed share, which no one can
/// complain about again); silence lets anyone disqualify the accused, whose key part then
/// leaves the election key. A disqualification is final. A trustee that never commits is
/// disqualified, by anyone, once the vote has opened: after the start that is the only
/// change to a round, and an open complaint holds the key back only until its deadline
/// (by the start), when anyone may disqualify a silent accused. The key is ready when every
/// trustee committed or was disqualified, no complaint is open and at least k committed
/// trustees remain qualified; it is the sum of their constant-term commitments.
///
/// On chain about a person: trustees' addresses, their commitments (curve points),
/// encrypted shares, and a share revealed in answer to a complaint (a number that only
/// helps the k-of-n decryption of the election's sums, which is public anyway).
contract ElectionKeys is AccessControlUpgradeable, UUPSUpgradeable {
    /// @notice Opens key generation rounds: the MVoting contract, when it creates a secret election.
    bytes32 public constant ELECTIONS_ROLE = keccak256("ELECTIONS_ROLE");
    /// @notice How long an accused trustee has to reveal the share complained about.
    uint64 public constant REVEAL_PERIOD = 1 days;

    // The Fiat-Shamir domain of the proof of knowledge: MVoting's, as before the split, so
    // that the trustees' tooling is unchanged (the context names MVoting, see _context).
    bytes32 private constant DKG_DOMAIN = keccak256("seoulchain.MVoting.dkg.v1");

    /// @notice A secret election's key generation.
    struct Round {
        address elections; // the contract whose election this is (MVoting): the proofs' context
        uint64 start; // commitments before, no-shows disqualifiable from
        uint8 threshold;
        uint8 trustees;
        uint8 committed;
        uint8 noShows; // trustees disqualified for never committing
        uint8 disqualifiedCommitted; // committed trustees disqualified after a complaint
        uint16 openComplaints;
        bool cancelled;
    }

    /// @dev A trustee of a round: its 1-based index (its x in the Shamir sharing).
    struct Trustee {
        uint8 index;
        bool committed;
        bool disqualified;
        uint8 openAgainst; // complaints against it not yet answered
    }

    error KeysUnknownRound(uint256 id);
    error KeysRoundExists(uint256 id);
    error KeysCancelled(uint256 id);
    /// @notice The trustee key at position `index` is not a 64-byte secp256k1 public key.
    error KeysBadTrusteeKey(uint256 index);
    /// @notice The trustee at position `index` is listed earlier too: its one share would count twice.
    error KeysDuplicateTrustee(uint256 index, address trustee);
    error KeysNotTrustee(uint256 id, address account);
    /// @notice Key generation is over: commitments come before the vote opens.
    error KeysGenerationClosed(uint256 id, uint64 start);
    error KeysAlreadyCommitted(uint256 id, address trustee);
    /// @notice A trustee committed `got` coefficients and `shares` encrypted shares; the
    /// election needs `threshold` and `trustees`.
    error KeysBadCommitments(uint256 id, uint256 got, uint256 threshold, uint256 shares, uint256 trustees);
    /// @notice (x, y) is not a point of BN254 G1 (off the curve, or a coordinate not below p).
    error KeysPointNotOnCurve(uint256 x, uint256 y);
    /// @notice A constant-term commitment is the point at infinity (a zero key part).
    error KeysZeroCommitment(uint256 id, address trustee);
    /// @notice The Schnorr proof of knowledge of the constant term does not verify.
    error KeysBadKnowledgeProof(uint256 id, address trustee);
    /// @notice The trustee was disqualified from this election's key generation.
    error KeysDisqualified(uint256 id, address trustee);
    /// @notice Complaints close REVEAL_PERIOD before the vote opens at `start`, so that every
    /// reveal deadline falls by the start (and the key is settled before any ballot).
    error KeysComplaintsClosed(uint256 id, uint64 start);
    /// @notice The accused already revealed this share on chain, where it was checked: it is
    /// public and right, so there is nothing to complain about (and a complaint again would
    /// only hold the key back).
    error KeysShareRevealed(uint256 id, address accused, address complainer);
    /// @notice A complaint names a committed, qualified trustee other than the complainer,
    /// and one complainer has one complaint at a time against it.
    error KeysBadComplaint(uint256 id, address complainer, address accused);
    error KeysNoComplaint(uint256 id, address complainer, address accused);
    /// @notice The reveal deadline passed: the accused can only be disqualified now.
    error KeysRevealLate(uint256 id, address accused, uint64 revealBy);
    /// @notice The commitments passed are not the ones the trustee committed.
    error KeysCommitmentsMismatch(uint256 id, address trustee);
    /// @notice share·G is not the accused's commitments evaluated at the complainer's index.
    error KeysBadRevealedShare(uint256 id, address accused, address complainer);
    /// @notice Neither a no-show once the vote opened nor an accused past its deadline.
    error KeysNotDisqualifiable(uint256 id, address trustee);

    /// @notice A trustee's polynomial commitments (verified proof of knowledge) and its share
    /// for each trustee, ECIES-encrypted to that trustee's key, in index order.
    event TrusteeCommitted(uint256 indexed id, address indexed trustee, uint8 index, uint256[2][] commitments, bytes[] encryptedShares);
    /// @notice The key generation is settled (every trustee committed or disqualified, no
    /// complaint open, at least k qualified): the election key is the sum of the qualified
    /// trustees' constant terms. Told again if a later complaint's outcome changes it
    /// (always before any ballot).
    event ElectionKeyReady(uint256 indexed id, uint256[2] key);
    /// @notice `complainer`'s share from `accused` does not verify against the accused's
    /// commitments; the accused must reveal it by `revealBy` or be disqualified.
    event ShareComplaint(uint256 indexed id, address indexed accused, address indexed complainer, uint64 revealBy);
    /// @notice The accused's share for the complainer, verified here: public from now on.
    event ShareRevealed(uint256 indexed id, address indexed accused, address indexed complainer, uint256 share);
    /// @notice The trustee takes no further part: its key part (if it committed) is out of the key.
    event TrusteeDisqualified(uint256 indexed id, address indexed trustee, bool committed);

    mapping(uint256 => Round) private _rounds;
    mapping(uint256 => mapping(address => Trustee)) private _trustees;
    mapping(uint256 => uint256[2][]) private _commitSum; // per coefficient, summed over the qualified trustees; [0] is the key
    mapping(uint256 => mapping(address => bytes32)) private _commitHash; // keccak256(abi.encode(commitments))
    mapping(uint256 => mapping(address => mapping(address => uint64))) private _revealBy; // accused => complainer => deadline; 0: none open
    mapping(uint256 => mapping(address => mapping(address => bool))) private _revealed; // accused => complainer => share revealed (checked)

    /// @custom:oz-upgrades-unsafe-allow constructor
    constructor() {
        _disableInitializers();
    }

    /// @notice Sets the proxy up, once. The elections contract gets ELECTIONS_ROLE from the admin.
    function initialize(address admin) external initializer {
        __AccessControl_init();
        __UUPSUpgradeable_init();
        _grantRole(DEFAULT_ADMIN_ROLE, admin);
    }

    /// @notice Opens election `id`'s key generation among the trustees whose 64-byte
    /// secp256k1 public keys are `trusteeKeys` (in index order; their addresses are derived
    /// from them and returned, distinct), k = threshold (checked by the caller), commitments
    /// before `start`.
    function open(uint256 id, uint64 start, uint8 threshold, bytes[] calldata trusteeKeys)
        external
        onlyRole(ELECTIONS_ROLE)
        returns (address[] memory trustees)
    {
        Round storage r = _rounds[id];
        if (r.trustees != 0) revert KeysRoundExists(id);
        uint256 n = trusteeKeys.length;
        (r.elections, r.start, r.threshold, r.trustees) = (msg.sender, start, threshold, uint8(n));
        trustees = new address[](n);
        for (uint256 i = 0; i < n; ++i) {
            if (trusteeKeys[i].length != 64) revert KeysBadTrusteeKey(i);
            address tr = address(uint160(uint256(keccak256(trusteeKeys[i]))));
            if (_trustees[id][tr].index != 0) revert KeysDuplicateTrustee(i, tr);
            _trustees[id][tr].index = uint8(i + 1);
            trustees[i] = tr;
        }
    }

    /// @notice The election was cancelled: its key generation stops.
    function cancel(uint256 id) external onlyRole(ELECTIONS_ROLE) {
        _round(id).cancelled = true;
    }

    /// @notice A trustee's part of the key generation: commitments C_l = a_l·G to the k
    /// coefficients of its secret polynomial, a Schnorr proof (c, s) of knowledge of a_0 (so
    /// no trustee can cancel the others' key parts: no rogue key), and f(j) for each trustee
    /// j encrypted to j's key. Trustees check their shares off chain against the
    /// commitments and complain about a bad one. Before the start only.
    function commitKey(uint256 id, uint256[2][] calldata commitments, uint256[2] calldata pok, bytes[] calldata encryptedShares) external {
        Round storage r = _live(id);
        if (block.timestamp >= r.start) revert KeysGenerationClosed(id, r.start);
        Trustee storage tr = _trustees[id][msg.sender];
        if (tr.index == 0) revert KeysNotTrustee(id, msg.sender);
        if (tr.committed) revert KeysAlreadyCommitted(id, msg.sender);
        if (commitments.length != r.threshold || encryptedShares.length != r.trustees) {
            revert KeysBadCommitments(id, commitments.length, r.threshold, encryptedShares.length, r.trustees);
        }
        _checkKnowledge(id, r, commitments[0], pok);
        uint256[2][] storage sum = _commitSum[id];
        bool first = sum.length == 0;
        for (uint256 l = 0; l < commitments.length; ++l) {
            (uint256 x, uint256 y) = (commitments[l][0], commitments[l][1]);
            if (!BN254.isPoint(x, y)) revert KeysPointNotOnCurve(x, y);
            if (first) sum.push([x, y]);
            else sum[l] = BN254.add(sum[l], [x, y]);
        }
        tr.committed = true;
        ++r.committed;
        _commitHash[id][msg.sender] = keccak256(abi.encode(commitments));
        emit TrusteeCommitted(id, msg.sender, tr.index, commitments, encryptedShares);
        _announceKey(id, r);
    }

    /// @notice A qualified trustee's complaint that the share `accused` sent it does not
    /// decrypt or does not match the accused's commitments. The accused then has
    /// REVEAL_PERIOD to reveal that share (revealShare), or anyone may disqualify it. The
    /// key is held back meanwhile. Allowed until REVEAL_PERIOD before the start, so the
    /// deadline falls by the start; once per share: a revealed share is public and checked.
    function complain(uint256 id, address accused) external {
        Round storage r = _live(id);
        _qualified(id, msg.sender);
        if (block.timestamp + REVEAL_PERIOD >= r.start) revert KeysComplaintsClosed(id, r.start);
        if (_revealed[id][accused][msg.sender]) revert KeysShareRevealed(id, accused, msg.sender);
        Trustee storage acc = _trustees[id][accused];
        if (accused == msg.sender || !acc.committed || acc.disqualified || _revealBy[id][accused][msg.sender] != 0) {
            revert KeysBadComplaint(id, msg.sender, accused);
        }
        uint64 by = uint64(block.timestamp) + REVEAL_PERIOD;
        _revealBy[id][accused][msg.sender] = by;
        ++acc.openAgainst;
        ++r.openComplaints;
        emit ShareComplaint(id, accused, msg.sender, by);
    }

    /// @notice The accused's answer to a complaint, before its deadline: the share f(j) for
    /// the complainer j, checked as f(j)·G = sum_l j^l·C_l against the commitments the
    /// accused committed (passed again, checked by hash). A wrong share is refused (the
    /// accused will be disqualified unless it reveals the right one in time); a right one
    /// closes the complaint and is public from now on, so the complainer uses it.
    function revealShare(uint256 id, address complainer, uint256 share, uint256[2][] calldata commitments) external {
        Round storage r = _live(id);
        Trustee storage tr = _trustees[id][msg.sender];
        if (tr.disqualified) revert KeysDisqualified(id, msg.sender);
        uint64 by = _revealBy[id][msg.sender][complainer];
        if (by == 0) revert KeysNoComplaint(id, complainer, msg.sender);
        if (block.timestamp >= by) revert KeysRevealLate(id, msg.sender, by);
        _checkCommitments(id, msg.sender, commitments);
        if (share >= BN254.R || !BN254.eq(BN254.mulG(share), _eval(commitments, _trustees[id][complainer].index))) {
            revert KeysBadRevealedShare(id, msg.sender, complainer);
        }
        _revealBy[id][msg.sender][complainer] = 0;
        _revealed[id][msg.sender][complainer] = true;
        --tr.openAgainst;
        --r.openComplaints;
        emit ShareRevealed(id, msg.sender, complainer, share);
        _announceKey(id, r);
    }

    /// @notice Disqualifies a trustee, by anyone: one that never committed, once the vote
    /// has opened (`complainer` and `commitments` unused, pass zero and empty); or one that
    /// let the deadline of `complainer`'s complaint pass, whose commitments (passed again,
    /// checked by hash) leave the key. The key and the tally then use the qualified
    /// trustees only, still at least k of them, or there is no key.
    function disqualify(uint256 id, address trustee, address complainer, uint256[2][] calldata commitments) external {
        Round storage r = _live(id);
        Trustee storage tr = _trustees[id][trustee];
        if (tr.index == 0) revert KeysNotTrustee(id, trustee);
        if (tr.disqualified) revert KeysDisqualified(id, trustee);
        if (!tr.committed) {
            if (block.timestamp < r.start) revert KeysNotDisqualifiable(id, trustee);
            ++r.noShows;
        } else {
            uint64 by = _revealBy[id][trustee][complainer];
            if (by == 0 || block.timestamp < by) revert KeysNotDisqualifiable(id, trustee);
            _checkCommitments(id, trustee, commitments);
            uint256[2][] storage sum = _commitSum[id];
            for (uint256 l = 0; l < commitments.length; ++l) {
                sum[l] = BN254.sub(sum[l], [commitments[l][0], commitments[l][1]]);
            }
            r.openComplaints -= tr.openAgainst;
            tr.openAgainst = 0;
            ++r.disqualifiedCommitted;
        }
        tr.disqualified = true;
        emit TrusteeDisqualified(id, trustee, tr.committed);
        _announceKey(id, r);
    }

    // ---- views ----

    /// @notice Election `id`'s key (the point at infinity until the round is settled: see ElectionKeyReady).
    function electionKey(uint256 id) external view returns (uint256[2] memory key, bool ready) {
        Round storage r = _rounds[id];
        ready = r.trustees != 0 && _keyReady(r);
        if (ready) key = _commitSum[id][0];
    }

    function roundOf(uint256 id) external view returns (Round memory) {
        return _rounds[id];
    }

    /// @notice A trustee's index (0: not a trustee) and whether it committed and stays qualified.
    function trusteeOf(uint256 id, address trustee) external view returns (uint8 index, bool qualified) {
        Trustee storage tr = _trustees[id][trustee];
        return (tr.index, tr.committed && !tr.disqualified);
    }

    /// @notice The deadline of `complainer`'s open complaint against `accused` (0: none
    /// open), and whether the accused already revealed that share (no complaint again).
    function revealBy(uint256 id, address accused, address complainer) external view returns (uint64 by, bool revealed) {
        return (_revealBy[id][accused][complainer], _revealed[id][accused][complainer]);
    }

    /// @notice Trustee `index`'s verification key K_j = sum_l j^l·C_l, C_l summed over the
    /// qualified trustees; its decryption secret x_j satisfies x_j·G = K_j.
    function verificationKey(uint256 id, uint256 index) external view returns (uint256[2] memory) {
        return _eval(_commitSum[id], index);
    }

    // ---- internals ----

    function _round(uint256 id) private view returns (Round storage r) {
        r = _rounds[id];
        if (r.trustees == 0) revert KeysUnknownRound(id);
    }

    function _live(uint256 id) private view returns (Round storage r) {
        r = _round(id);
        if (r.cancelled) revert KeysCancelled(id);
    }

    /// @dev Settled: every trustee committed or was disqualified, no complaint is open, and
    /// at least k committed trustees remain qualified.
    function _keyReady(Round storage r) private view returns (bool) {
        return r.committed + r.noShows == r.trustees && r.openComplaints == 0 && r.committed - r.disqualifiedCommitted >= r.threshold;
    }

    function _announceKey(uint256 id, Round storage r) private {
        if (_keyReady(r)) emit ElectionKeyReady(id, _commitSum[id][0]);
    }

    /// @dev Reverts unless `who` committed and was not disqualified.
    function _qualified(uint256 id, address who) private view {
        Trustee storage tr = _trustees[id][who];
        if (tr.index == 0 || !tr.committed) revert KeysNotTrustee(id, who);
        if (tr.disqualified) revert KeysDisqualified(id, who);
    }

    function _checkCommitments(uint256 id, address trustee, uint256[2][] calldata commitments) private view {
        if (keccak256(abi.encode(commitments)) != _commitHash[id][trustee]) revert KeysCommitmentsMismatch(id, trustee);
    }

    /// @dev sum_l j^l·c_l (Horner): Feldman commitments evaluated at j.
    function _eval(uint256[2][] memory c, uint256 j) private view returns (uint256[2] memory k) {
        for (uint256 l = c.length; l > 0; --l) {
            k = BN254.add(BN254.mul(k, j), c[l - 1]);
        }
    }

    /// @dev A Schnorr proof (c, s) of knowledge of log_G(C0): R = s·G - c·C0 and
    /// c = H(ctx, C0, R) mod r, ctx = keccak256(abi.encode(domain, chain, MVoting, election,
    /// trustee)). C0 must not be the point at infinity.
    function _checkKnowledge(uint256 id, Round storage r, uint256[2] calldata commitment, uint256[2] calldata pok) private view {
        uint256[2] memory c0 = [commitment[0], commitment[1]];
        if (!BN254.isPoint(c0[0], c0[1])) revert KeysPointNotOnCurve(c0[0], c0[1]);
        if (c0[0] == 0 && c0[1] == 0) revert KeysZeroCommitment(id, msg.sender);
        uint256[2] memory rp = BN254.sub(BN254.mulG(pok[1]), BN254.mul(c0, pok[0]));
        bytes32 ctx = keccak256(abi.encode(DKG_DOMAIN, block.chainid, r.elections, id, msg.sender));
        if (pok[0] >= BN254.R || pok[1] >= BN254.R || uint256(keccak256(abi.encodePacked(ctx, c0, rp))) % BN254.R != pok[0]) {
            revert KeysBadKnowledgeProof(id, msg.sender);
        }
    }

    /// @dev Upgrades are the admin's (the council's, through its delay).
    function _authorizeUpgrade(address) internal override onlyRole(DEFAULT_ADMIN_ROLE) {}
}
