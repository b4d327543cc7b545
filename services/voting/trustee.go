package voting

import (
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/mvoting"
	"github.com/seoulchain/seoulchain/internal/atomicfile"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/hexaddr"
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

// trusteeOf opens a sender for a trustee command: the election, its index and context.
func trusteeOf(c *cli.Context) (*cmdkit.Tx, common.Address, *electionInfo, Where, uint64, error) {
	id, err := cmdkit.IDArg(c)
	if err != nil {
		return nil, common.Address{}, nil, Where{}, 0, err
	}
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
	w, err := whereOf(c, tc.EC, addr, id)
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
	return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "commitKey", w.Election, d.Commitments, d.PoK, d.Shares),
		fmt.Sprintf("commit to your key generation secret for election %s (trustee %d)", w.Election, index))
}

// errKeyNotReady: not every trustee has committed yet.
var errKeyNotReady = errors.New("not every trustee has committed yet")

// joinShares checks the shares sent to this trustee and stores its decryption secret.
func joinShares(c *cli.Context, tc *cmdkit.Tx, el *electionInfo, w Where, index uint64) (*trusteeSecret, error) {
	path := trusteeFile(c, w.Election, tc.Key.Address)
	s, err := readTrusteeSecret(path, tc.Key.PrivateKey, w)
	if err != nil || len(s.Secret) != 0 {
		return s, err
	}
	if el.Key == nil {
		return nil, fmt.Errorf("election %s: %w", w.Election, errKeyNotReady)
	}
	rec, err := ReadSecretRecord(w, len(el.Options), el.MaxChoices, el.Threshold, el.logs)
	if err != nil {
		return nil, err
	}
	x, err := JoinShares(tc.Key.PrivateKey, index, rec.Committed)
	if err != nil {
		return nil, fmt.Errorf("election %s: %w: tell the election admin; the election must be set up again without that trustee", w.Election, err)
	}
	b := x.Bytes()
	s.Secret = b[:]
	return s, writeTrusteeSecret(path, tc.Key.PrivateKey, s)
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

// voteTrusteeDisqualify disqualifies a listed trustee that never committed; the contract
// refuses it before the start or for a trustee that committed.
func voteTrusteeDisqualify(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c, "ID", "TRUSTEE"); err != nil {
		return err
	}
	id, err := cmdkit.UintArg(c, 0, "ID")
	if err != nil {
		return err
	}
	who, err := hexaddr.Parse(c.Args().Get(1))
	if err != nil {
		return cmdkit.Usagef("TRUSTEE %q: %w (the trustee's 0x address, as 'vote show %s' lists them)", c.Args().Get(1), err, id)
	}
	tc, addr, el, err := openElectionTx(c, id)
	if err != nil {
		return err
	}
	defer tc.Close()
	for _, tr := range el.Trustees {
		if tr == who {
			return cmdkit.SendOrSimulate(c, tc, addr, cmdkit.MustPack(votingABI(), "disqualify", id, who),
				fmt.Sprintf("disqualify trustee %s of election %s (never committed)", who.Hex(), id))
		}
	}
	return cmdkit.Usagef("%s is not a trustee of election %s: nothing done", who.Hex(), id)
}
