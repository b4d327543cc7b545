package voting

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/electionkeys"
	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/voting/elgamal"
)

// trusteeSecret is what a trustee keeps for one election. It is written only encrypted
// to the trustee's own account key (ECIES), so the file is as safe as the keystore: the
// secret never appears in a flag, a log or plain on disk.
type trusteeSecret struct {
	ChainID  *hexutil.Big    `json:"chainId"`
	Contract common.Address  `json:"contract"`
	Election *hexutil.Big    `json:"election"`
	Index    uint64          `json:"index"`
	Coeffs   []hexutil.Bytes `json:"coefficients"`     // its polynomial, from keygen
	Secret   hexutil.Bytes   `json:"secret,omitempty"` // x_j, from share
}

func trusteeFile(c *cli.Context, id *big.Int, me common.Address) string {
	if f := c.String(TrusteeFileFlag.Name); f != "" {
		return f
	}
	return fmt.Sprintf("vote-trustee-%s-%s.enc", id, me.Hex())
}

func writeTrusteeSecret(path string, key *ecdsa.PrivateKey, s *trusteeSecret) error {
	raw, err := json.Marshal(s)
	if err != nil {
		return err
	}
	ct, err := EncryptFor(&key.PublicKey, raw)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, ct, 0o600)
}

func readTrusteeSecret(path string, key *ecdsa.PrivateKey, w Where) (*trusteeSecret, error) {
	ct, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read your trustee file: %w (made by 'vote trustee keygen'; see --trustee-file)", err)
	}
	raw, err := DecryptWith(key, ct)
	if err != nil {
		return nil, fmt.Errorf("%s does not open with your key: %w", path, err)
	}
	var s trusteeSecret
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if s.ChainID.ToInt().Cmp(w.ChainID) != 0 || s.Contract != w.Contract || s.Election.ToInt().Cmp(w.Election) != 0 {
		return nil, fmt.Errorf("%s is for election %s of %s on chain %s, not this one", path, s.Election, s.Contract.Hex(), s.ChainID)
	}
	return &s, nil
}

// trusteeOf opens a sender for a trustee command taking ID: the election, its index and context.
func trusteeOf(c *cli.Context) (*cmdkit.Tx, common.Address, *electionInfo, Where, uint64, error) {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return nil, common.Address{}, nil, Where{}, 0, err
	}
	return trusteeOfID(c, id)
}

// trusteeOfID is trusteeOf for election id.
func trusteeOfID(c *cli.Context, id *big.Int) (*cmdkit.Tx, common.Address, *electionInfo, Where, uint64, error) {
	tc, addr, el, err := openElectionTx(c, id)
	if err != nil {
		return nil, common.Address{}, nil, Where{}, 0, err
	}
	fail := func(err error) (*cmdkit.Tx, common.Address, *electionInfo, Where, uint64, error) {
		tc.Close()
		return nil, common.Address{}, nil, Where{}, 0, err
	}
	if !el.Secret {
		return fail(cmdkit.Usagef("election %s has open ballots: it has no trustees", id))
	}
	w, err := whereOf(c.Context, tc.EC, addr, id)
	if err != nil {
		return fail(err)
	}
	for i, tr := range el.Trustees {
		if tr == tc.Key.Address {
			return tc, addr, el, w, uint64(i + 1), nil
		}
	}
	return fail(fmt.Errorf("%s is not a trustee of election %s: nothing done", tc.Key.Address.Hex(), id))
}

func voteTrusteeKeygen(c *cli.Context) error {
	tc, addr, el, w, index, err := trusteeOf(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	var keys []*ecdsa.PublicKey
	for i, b := range el.TrusteeKey {
		k, err := ParseTrusteeKey(b)
		if err != nil {
			return fmt.Errorf("trustee %d's key on chain: %w", i+1, err)
		}
		keys = append(keys, k)
	}
	path := trusteeFile(c, w.Election, tc.Key.Address)
	if _, err := os.Stat(path); err == nil {
		return cmdkit.Usagef("%s exists: you already drew your secret for election %s (delete it only if your commitment was never sent)", path, w.Election)
	}
	d, err := NewDealing(w, tc.Key.Address, el.Threshold, keys)
	if err != nil {
		return err
	}
	s := &trusteeSecret{ChainID: (*hexutil.Big)(w.ChainID), Contract: addr, Election: (*hexutil.Big)(w.Election), Index: index}
	for _, a := range d.Poly.Coeffs {
		b := a.Bytes()
		s.Coeffs = append(s.Coeffs, b[:])
	}
	// The secret is kept before the commitment is sent: a trustee never commits to a
	// polynomial it could lose.
	if !c.Bool(cmdkit.DryRunFlag.Name) {
		if err := writeTrusteeSecret(path, tc.Key.PrivateKey, s); err != nil {
			return err
		}
	}
	return cmdkit.SendOrSimulate(c, tc, el.Keys, cmdkit.MustPack(keysABI(), "commitKey", w.Election, d.Commitments, d.PoK, d.Shares),
		fmt.Sprintf("commit to your key generation secret for election %s (trustee %d)", w.Election, index))
}

func keysABI() *abi.ABI { return cmdkit.MustABI(electionkeys.ElectionKeysMetaData) }

// errKeyNotReady: the key generation is not settled.
var errKeyNotReady = errors.New("the key generation is not settled yet (a trustee has not committed, or a complaint is open)")

// joinShares checks the shares sent to this trustee and returns its decryption secret,
// stored in its trustee file. A share that fails is reported with the command that
// complains about it; before the key is settled the shares received so far are checked,
// and nothing is stored. A stored secret is used only while it is still the secret of
// the trustee's verification key on chain: a trustee disqualified after an earlier
// 'share' leaves the key, so the secret is joined again without its share (the stale one
// would only be refused on chain) and stored again, with a note on stderr.
func joinShares(c *cli.Context, tc *cmdkit.Tx, el *electionInfo, w Where, index uint64) (*trusteeSecret, error) {
	path := trusteeFile(c, w.Election, tc.Key.Address)
	s, err := readTrusteeSecret(path, tc.Key.PrivateKey, w)
	if err != nil {
		return nil, err
	}
	rec, err := ReadSecretRecord(w, len(el.Options), el.MaxChoices, el.Threshold, el.logs)
	if err != nil {
		return nil, err
	}
	if el.Key == nil {
		if _, err := JoinShares(tc.Key.PrivateKey, index, rec.Committed); err != nil {
			return nil, badShares(w, el, err)
		}
		return nil, fmt.Errorf("election %s: the %s received so far match their senders' commitments, but %w; run this again later",
			w.Election, outcome.Plural(len(rec.Committed), "share", "shares"), errKeyNotReady)
	}
	keys, err := electionkeys.NewElectionKeysCaller(el.Keys, tc.EC)
	if err != nil {
		return nil, err
	}
	words, err := keys.VerificationKey(&bind.CallOpts{Context: c.Context}, w.Election, new(big.Int).SetUint64(index))
	if err != nil {
		return nil, fmt.Errorf("read your verification key (trustee %d) on ElectionKeys at %s: %w", index, el.Keys.Hex(), err)
	}
	vk, err := elgamal.PointFromBig(words[0], words[1])
	if err != nil {
		return nil, fmt.Errorf("your verification key (trustee %d) on chain: %w", index, err)
	}
	x, fresh, err := DecryptionSecret(tc.Key.PrivateKey, index, s.Secret, vk, rec.Committed)
	if err != nil {
		return nil, badShares(w, el, err)
	}
	if !fresh {
		return s, nil
	}
	if len(s.Secret) != 0 {
		fmt.Fprintf(c.App.ErrWriter, "Your decryption secret in %s was for an earlier key (a trustee was disqualified since): joined again from the qualified trustees' shares\n", path)
	}
	b := x.Bytes()
	s.Secret = b[:]
	return s, writeTrusteeSecret(path, tc.Key.PrivateKey, s)
}

// readRevealPeriod reads ElectionKeys' REVEAL_PERIOD at keys: complaints close that long
// before the start, and an accused trustee has that long to answer. It is read, not
// copied, so that an upgraded ElectionKeys with another period is told as it is.
func readRevealPeriod(ctx context.Context, ec bind.ContractCaller, keys common.Address) (time.Duration, error) {
	k, err := electionkeys.NewElectionKeysCaller(keys, ec)
	if err != nil {
		return 0, err
	}
	secs, err := k.REVEALPERIOD(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("read ElectionKeys' REVEAL_PERIOD at %s: %w", keys.Hex(), err)
	}
	return time.Duration(secs) * time.Second, nil
}

// revealPeriodOf reads REVEAL_PERIOD on the ElectionKeys contract of MVoting at contract.
func revealPeriodOf(ctx context.Context, ec bind.ContractCaller, contract common.Address) (time.Duration, error) {
	mv, err := mvoting.NewMVotingCaller(contract, ec)
	if err != nil {
		return 0, err
	}
	keys, err := mv.KEYS(&bind.CallOpts{Context: ctx})
	if err != nil {
		return 0, fmt.Errorf("read MVoting's key generation contract (KEYS) at %s: %w", contract.Hex(), err)
	}
	return readRevealPeriod(ctx, ec, keys)
}

// period says a period for people: "a day", "2 days", "1 hour", "90m0s".
func period(d time.Duration) string {
	const day = 24 * time.Hour
	switch {
	case d == day:
		return "a day"
	case d > 0 && d%day == 0:
		return fmt.Sprintf("%d days", d/day)
	case d == time.Hour:
		return "an hour"
	case d > 0 && d%time.Hour == 0:
		return fmt.Sprintf("%d hours", d/time.Hour)
	}
	return d.String()
}

// complaintsClose is when ElectionKeys stops taking complaints about el's shares.
func complaintsClose(el *electionInfo) time.Time {
	return time.Unix(int64(el.Start), 0).Add(-el.RevealPeriod).In(kst)
}

// badShares names, for a BadSharesError, the command to complain about each failing share.
func badShares(w Where, el *electionInfo, err error) error {
	var bad BadSharesError
	if !errors.As(err, &bad) {
		return fmt.Errorf("election %s: %w", w.Election, err)
	}
	var cmds []string
	for _, b := range bad {
		cmds = append(cmds, fmt.Sprintf("seoulchain vote trustee complain %s %s", w.Election, b.Trustee.Hex()))
	}
	return fmt.Errorf("election %s: %w. Complaints close at %s KST, %s before the vote opens; until then complain on chain (the trustee then reveals the share within %s or is disqualified): %s",
		w.Election, err, complaintsClose(el).Format("2006-01-02 15:04:05"), period(el.RevealPeriod), period(el.RevealPeriod), strings.Join(cmds, "; "))
}

func voteTrusteeShare(c *cli.Context) error {
	tc, _, el, w, index, err := trusteeOf(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	if _, err := joinShares(c, tc, el, w, index); err != nil {
		return err
	}
	_, err = fmt.Fprintf(c.App.Writer, "Every share sent to you (trustee %d) matches its sender's commitments; your decryption secret is kept in %s\n",
		index, trusteeFile(c, w.Election, tc.Key.Address))
	return err
}

func voteTrusteeDecrypt(c *cli.Context) error {
	tc, addr, el, w, index, err := trusteeOf(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	s, err := joinShares(c, tc, el, w, index)
	if err != nil {
		return err
	}
	x, err := elgamal.ScalarFromBig(new(big.Int).SetBytes(s.Secret))
	if err != nil {
		return err
	}
	view, err := mvoting.NewMVoting(addr, tc.EC)
	if err != nil {
		return err
	}
	sums, err := view.SumsOf(&bind.CallOpts{Context: c.Context}, w.Election)
	if err != nil {
		return fmt.Errorf("read the sums of election %s: %w", w.Election, err)
	}
	shares, proofs, err := Decryptions(w, tc.Key.Address, x, sums)
	if err != nil {
		return err
	}
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "postDecryption", w.Election, shares, proofs),
		fmt.Sprintf("post your partial decryption of election %s (trustee %d)", w.Election, index))
}

// voteTrusteeDisqualify disqualifies a trustee that never committed, or one that let a
// complaint's deadline pass (the complaint and its commitments are found in the events);
// ElectionKeys refuses anything else.
func voteTrusteeDisqualify(c *cli.Context) error {
	id, who, err := idAndTrustee(c)
	if err != nil {
		return err
	}
	tc, _, el, err := openElectionTx(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	if !slices.Contains(el.Trustees, who) {
		return cmdkit.Usagef("%s is not a trustee of election %s: nothing done", who.Hex(), id)
	}
	complainer, commitments, why := common.Address{}, [][2]*big.Int{}, "never committed"
	if cs := committedWords(el.logs, who); cs != nil {
		// The complaint whose deadline comes first; ElectionKeys checks that it has passed.
		open := openComplaints(el.logs)
		slices.SortFunc(open, func(a, b complaint) int { return cmp.Compare(a.RevealBy, b.RevealBy) })
		for _, o := range open {
			if o.Accused == who {
				complainer, commitments, why = o.Complainer, cs, fmt.Sprintf("did not answer %s's complaint by %s", o.Complainer.Hex(), time.Unix(int64(o.RevealBy), 0).UTC().Format(time.RFC3339))
				break
			}
		}
	}
	return cmdkit.SendOrSimulate(c, tc, el.Keys, cmdkit.MustPack(keysABI(), "disqualify", id, who, complainer, commitments),
		fmt.Sprintf("disqualify trustee %s of election %s (%s)", who.Hex(), id, why))
}

// idAndTrustee reads the arguments ID TRUSTEE.
func idAndTrustee(c *cli.Context) (*big.Int, common.Address, error) {
	if err := cmdkit.ExactArgs(c, "ID", "TRUSTEE"); err != nil {
		return nil, common.Address{}, err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return nil, common.Address{}, err
	}
	who, err := hexaddr.Parse(c.Args().Get(1))
	if err != nil {
		return nil, common.Address{}, cmdkit.Usagef("TRUSTEE %q: %w (the trustee's 0x address, as 'vote show %s' lists them)", c.Args().Get(1), err, id)
	}
	return id, who, nil
}

// voteTrusteeComplain files a complaint against the trustee whose share to us fails; it
// checks the share first and refuses to complain about a good one.
func voteTrusteeComplain(c *cli.Context) error {
	id, accused, err := idAndTrustee(c)
	if err != nil {
		return err
	}
	tc, _, el, w, index, err := trusteeOfID(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	head, err := tc.EC.HeaderByNumber(c.Context, nil)
	if err != nil {
		return fmt.Errorf("read the chain's time: %w", err)
	}
	if closes := complaintsClose(el); head.Time >= uint64(closes.Unix()) {
		return cmdkit.Usagef("complaints about election %s's shares closed at %s KST, %s before the vote opens, so that every answer is due by the start (a trustee without a good share leaves the decryption to the others, k of them): nothing sent",
			id, closes.Format("2006-01-02 15:04:05"), period(el.RevealPeriod))
	}
	rec, err := ReadSecretRecord(w, len(el.Options), el.MaxChoices, el.Threshold, el.logs)
	if err != nil {
		return err
	}
	i := slices.IndexFunc(rec.Committed, func(cm Committed) bool { return cm.Trustee == accused })
	if i < 0 {
		return cmdkit.Usagef("%s has not committed to election %s (or was disqualified): it sent you no share; nothing sent", accused.Hex(), id)
	}
	if accused == tc.Key.Address {
		return cmdkit.Usagef("%s is you: nothing sent", accused.Hex())
	}
	if _, ok := rec.Committed[i].Revealed[index]; ok {
		return cmdkit.Usagef("trustee %d (%s) already revealed its share to you on chain, where ElectionKeys checked it against its commitments: it cannot be complained about again ('vote trustee share %s' uses it); nothing sent",
			rec.Committed[i].Index, accused.Hex(), id)
	}
	if _, err := shareFrom(tc.Key.PrivateKey, index, rec.Committed[i]); err == nil {
		return cmdkit.Usagef("the share from trustee %d (%s) matches its commitments: nothing to complain about; nothing sent", rec.Committed[i].Index, accused.Hex())
	}
	return cmdkit.SendOrSimulate(c, tc, el.Keys, cmdkit.MustPack(keysABI(), "complain", id, accused),
		fmt.Sprintf("complain that trustee %d's share to you (trustee %d) in election %s is bad", rec.Committed[i].Index, index, id))
}

// voteTrusteeAnswer reveals, from the trustee file, the share asked for by each open
// complaint against the caller; ElectionKeys checks each against its commitments.
func voteTrusteeAnswer(c *cli.Context) error {
	tc, _, el, w, index, err := trusteeOf(c)
	if err != nil {
		return err
	}
	defer tc.Close()
	s, err := readTrusteeSecret(trusteeFile(c, w.Election, tc.Key.Address), tc.Key.PrivateKey, w)
	if err != nil {
		return err
	}
	poly := &elgamal.Polynomial{}
	for _, b := range s.Coeffs {
		a, err := elgamal.ScalarFromBig(new(big.Int).SetBytes(b))
		if err != nil {
			return fmt.Errorf("your trustee file: %w", err)
		}
		poly.Coeffs = append(poly.Coeffs, a)
	}
	commitments := committedWords(el.logs, tc.Key.Address)
	answered := 0
	for _, o := range openComplaints(el.logs) {
		if o.Accused != tc.Key.Address {
			continue
		}
		j := slices.Index(el.Trustees, o.Complainer) + 1
		share := elgamal.ScalarBig(poly.Eval(uint64(j)))
		if err := cmdkit.SendOrSimulate(c, tc, el.Keys, cmdkit.MustPack(keysABI(), "revealShare", w.Election, o.Complainer, share, commitments),
			fmt.Sprintf("reveal your share for trustee %d (%s), who complained, in election %s", j, o.Complainer.Hex(), w.Election)); err != nil {
			return err
		}
		answered++
	}
	if answered > 0 {
		return nil
	}
	if tc.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"election": w.Election, "trustee": index, "answered": 0})
	}
	_, err = fmt.Fprintf(c.App.Writer, "No complaint open against you (trustee %d) in election %s: nothing to answer\n", index, w.Election)
	return err
}

// complaint is a ShareComplaint that no ShareRevealed answered and no disqualification of
// the accused ended.
type complaint struct {
	Accused    common.Address `json:"accused"`
	Complainer common.Address `json:"complainer"`
	RevealBy   uint64         `json:"revealBy"`
}

// openComplaints lists an election's open complaints from its events, in filing order.
func openComplaints(logs []types.Log) []complaint {
	kf, _ := electionkeys.NewElectionKeysFilterer(common.Address{}, nil)
	var out []complaint
	for _, l := range logs {
		if ev, err := kf.ParseShareComplaint(l); err == nil {
			out = append(out, complaint{ev.Accused, ev.Complainer, ev.RevealBy})
		}
		if ev, err := kf.ParseShareRevealed(l); err == nil {
			out = slices.DeleteFunc(out, func(o complaint) bool { return o.Accused == ev.Accused && o.Complainer == ev.Complainer })
		}
		if ev, err := kf.ParseTrusteeDisqualified(l); err == nil {
			out = slices.DeleteFunc(out, func(o complaint) bool { return o.Accused == ev.Trustee })
		}
	}
	return out
}

// committedWords are trustee's commitments as it committed them (nil if it did not).
func committedWords(logs []types.Log, trustee common.Address) [][2]*big.Int {
	kf, _ := electionkeys.NewElectionKeysFilterer(common.Address{}, nil)
	for _, l := range logs {
		if ev, err := kf.ParseTrusteeCommitted(l); err == nil && ev.Trustee == trustee {
			return ev.Commitments
		}
	}
	return nil
}
