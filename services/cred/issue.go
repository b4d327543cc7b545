package cred

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"path/filepath"
	"strings"
	"time"

	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/services/internal/outcome"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/eas"
	"github.com/seoulchain/seoulchain/internal/abidecode"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/relayclient"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/relayer/plugin"
)

// delegatedValidity is how long an issuer's delegated signatures stay valid: long enough
// for the relayer to send a batch behind others, short enough that a lost batch cannot be
// attested much later. The CLI waits for a batch until its deadline has passed.
const delegatedValidity = 30 * time.Minute

// issued is one batch on chain: its attestations' UIDs in the order of the requests.
type issued struct {
	UIDs    []common.Hash
	TxHash  common.Hash
	GasUsed uint64
	Via     string // "" : sent by the issuer; else the relayer that sent it
}

// batchSender attests one batch; nil and no error: a dry run, reported.
type batchSender func(data []eas.AttestationRequestData) (*issued, error)

func issue(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	todo, err := issueTodo(c)
	if err != nil {
		return err
	}
	batch := c.Int(BatchFlag.Name)
	if batch < 1 || batch > MaxBatch {
		return cmdkit.Usagef("--batch: 1 to %d", MaxBatch)
	}
	return cmdkit.With(c, deploy.EAS, easABI(), func(tx *cmdkit.Tx) error {
		uid, name, err := schemaUID(c, tx.G)
		if err != nil {
			return err
		}
		chainID, err := tx.EC.ChainID(c.Context)
		if err != nil {
			return err
		}
		send, err := chooseSender(c, tx, uid, chainID.Uint64(), min(batch, len(todo)))
		if err != nil {
			return err
		}
		// A rerun after an interruption skips the holders whose credential file a batch
		// already wrote (files are written only once their batch is on chain): nothing is
		// attested twice for them.
		todo, done := notIssued(todo, uid, tx.Sender.From())
		if done > 0 {
			if err := cmdkit.Note(c, fmt.Sprintf("%s already issued by this key (the file is there); not issued again.", outcome.Plural(done, "credential was", "credentials were"))); err != nil {
				return err
			}
		}
		if len(todo) == 0 {
			return tx.NothingSent(c, "Every credential is already issued", map[string]any{"issued": 0, "alreadyIssued": done})
		}
		expires := uint64(time.Now().Add(c.Duration(ValidFlag.Name)).Unix())
		var written []string
		var via string
		var bar bulk.Progress
		if len(todo) > batch && !tx.G.JSON {
			bar = bulk.NewProgress(c.App.ErrWriter, 5*time.Second)
			bar.Start("credentials", len(todo))
			defer bar.Finish()
		}
		for start := 0; start < len(todo); start += batch {
			part := todo[start:min(start+batch, len(todo))]
			var data []eas.AttestationRequestData
			for _, p := range part {
				data = append(data, eas.AttestationRequestData{Recipient: p.holder, ExpirationTime: expires, Revocable: true, Data: p.root.Bytes(), Value: common.Big0})
			}
			r, err := send(data)
			if err != nil || r == nil {
				return err
			}
			if len(r.UIDs) != len(part) {
				return fmt.Errorf("transaction %s attested %d credentials, want %d", r.TxHash.Hex(), len(r.UIDs), len(part))
			}
			for i, p := range part {
				cr := &Credential{Version: FormatVersion, ChainID: chainID.Uint64(), EAS: tx.To, UID: r.UIDs[i], Schema: uid, SchemaName: name,
					Issuer: tx.Sender.From(), Holder: p.holder, Expires: expires, Root: p.root, Fields: p.fields}
				if err := WriteJSON(p.out, cr); err != nil {
					return fmt.Errorf("credential %s was issued but its file could not be written: %w", r.UIDs[i].Hex(), err)
				}
				written = append(written, p.out)
			}
			via = r.Via
			switch {
			case bar != nil:
				bar.Add(len(part))
			case !tx.G.JSON:
				gasless := ""
				if via != "" {
					gasless = ", gasless: sent by " + via
				}
				fmt.Fprintf(c.App.ErrWriter, "Issued %d/%d (tx %s, gas %d%s)\n", start+len(part), len(todo), r.TxHash.Hex(), r.GasUsed, gasless)
			}
		}
		if tx.G.JSON {
			out := map[string]any{"issued": len(written), "alreadyIssued": done, "files": written}
			if via != "" {
				out["relayer"] = via
			}
			return cmdkit.PrintJSON(c.App.Writer, out)
		}
		files := strings.Join(written, ", ")
		if len(written) > 5 {
			files = fmt.Sprintf("%d files in %s", len(written), filepath.Dir(written[0]))
		}
		_, err = fmt.Fprintf(c.App.Writer, "Done: issued %s; give each holder their file: %s\n", outcome.Plural(len(written), "credential", "credentials"), files)
		return err
	})
}

// issueTodo reads the credentials to issue: --csv, or --holder and --field.
func issueTodo(c *cli.Context) ([]*pending, error) {
	var todo []*pending
	if path := c.String(CSVFlag.Name); path != "" {
		rows, err := ReadHolders(path)
		if err != nil {
			return nil, &cmdkit.UsageError{Err: err}
		}
		for _, r := range rows {
			p, err := newPending(r.Holder, r.Values, filepath.Join(c.String(OutFlag.Name), r.Holder.Hex()+".cred.json"))
			if err != nil {
				return nil, &cmdkit.UsageError{Err: fmt.Errorf("%s line %d: %w", path, r.Line, err)}
			}
			todo = append(todo, p)
		}
		return todo, nil
	}
	holder, err := cmdkit.AddressFlag(c, HolderFlag)
	if err != nil {
		return nil, err
	}
	values, err := parseFieldFlags(c.StringSlice(FieldFlag.Name))
	if err != nil {
		return nil, err
	}
	out := c.String(OutFlag.Name)
	if out == "." {
		out = holder.Hex() + ".cred.json"
	}
	p, err := newPending(holder, values, out)
	if err != nil {
		return nil, &cmdkit.UsageError{Err: err}
	}
	return append(todo, p), nil
}

// chooseSender sends from the issuer's key, or by delegation through the relayer with
// --delegated or when a relayer is configured and the key cannot pay for a batch of n.
func chooseSender(c *cli.Context, tx *cmdkit.Tx, schema common.Hash, chainID uint64, n int) (batchSender, error) {
	delegated := c.Bool(DelegatedFlag.Name)
	if delegated && tx.G.Relayer == "" {
		return nil, cmdkit.Usagef("--%s: a relayer sends the signed attestations: pass --%s URL (with --devnet the devnet's relayer is the default)",
			DelegatedFlag.Name, cmdkit.RelayerFlag.Name)
	}
	if !delegated && tx.G.Relayer != "" {
		short, err := lacksGas(c, tx, n)
		if err != nil {
			return nil, err
		}
		if short && !tx.G.JSON {
			fmt.Fprintf(c.App.ErrWriter, "%s has no gas for this: issuing by delegation through the relayer %s, which pays it (the attester on chain is still %s)\n",
				tx.Sender.From().Hex(), tx.G.Relayer, tx.Sender.From().Hex())
		}
		delegated = short
	}
	if delegated {
		return delegatedSender(c, tx, schema, chainID)
	}
	return directSender(c, tx, schema), nil
}

// lacksGas: the issuer's balance does not pay n attestations at the bound the relayer uses.
func lacksGas(c *cli.Context, tx *cmdkit.Tx, n int) (bool, error) {
	bal, err := tx.EC.BalanceAt(c.Context, tx.Sender.From(), nil)
	if err != nil {
		return false, fmt.Errorf("read the balance of %s: %w", tx.Sender.From().Hex(), err)
	}
	price, err := tx.EC.SuggestGasPrice(c.Context)
	if err != nil {
		return false, fmt.Errorf("read the gas price: %w", err)
	}
	need := new(big.Int).Mul(price, big.NewInt(int64(delegatedGasBase+delegatedGasEach*n)))
	return bal.Cmp(need) < 0, nil
}

// directSender sends multiAttest from the issuer's key.
func directSender(c *cli.Context, tx *cmdkit.Tx, schema common.Hash) batchSender {
	return func(data []eas.AttestationRequestData) (*issued, error) {
		call := cmdkit.MustPack(tx.ABI, "multiAttest", []eas.MultiAttestationRequest{{Schema: schema, Data: data}})
		cand := txsend.Candidate{To: &tx.To, Data: call}
		gas, err := tx.Sender.Simulate(c.Context, cand)
		if err != nil {
			return nil, cmdkit.ExplainRevert(err)
		}
		if c.Bool(cmdkit.DryRunFlag.Name) {
			_, err := fmt.Fprintf(c.App.Writer, "Dry run: issuing %d credential(s) would succeed (gas %d). Nothing sent.\n", len(data), gas)
			return nil, err
		}
		r, err := tx.Sender.Send(c.Context, cand)
		if err != nil {
			return nil, cmdkit.ExplainRevert(err)
		}
		out := &issued{TxHash: r.TxHash, GasUsed: r.GasUsed}
		for _, ev := range r.Events {
			if ev.Name == "Attested" {
				for _, f := range ev.Fields {
					if f.Name == "uid" {
						out.UIDs = append(out.UIDs, common.HexToHash(f.Value))
					}
				}
			}
		}
		return out, nil
	}
}

// delegatedSender signs each batch as delegated attestations from the issuer's next EAS
// nonce, simulates it, posts it to the relayer and follows it until it is confirmed.
func delegatedSender(c *cli.Context, tx *cmdkit.Tx, schema common.Hash, chainID uint64) (batchSender, error) {
	rc, err := relayclient.New(tx.G.Relayer)
	if err != nil {
		return nil, cmdkit.Usagef("--%s: %w", cmdkit.RelayerFlag.Name, err)
	}
	issuer := tx.Sender.From()
	nonce, err := NextNonce(c.Context, tx.EC, tx.To, issuer)
	if err != nil {
		return nil, err
	}
	d := EASDomain{ChainID: chainID, EAS: tx.To}
	abis, _ := deploy.ABIs()
	return func(data []eas.AttestationRequestData) (*issued, error) {
		deadline := time.Now().Add(delegatedValidity)
		b, err := NewDelegatedBatch(d, schema, data, nonce, uint64(deadline.Unix()), tx.Key.PrivateKey)
		if err != nil {
			return nil, err
		}
		id, call, err := b.ID()
		if err != nil {
			return nil, err
		}
		// Simulated as anyone may send it: EAS checks the signatures, the resolver the issuer.
		gas, err := tx.EC.EstimateGas(c.Context, ethereum.CallMsg{From: issuer, To: &tx.To, Data: call})
		if rev, ok := abidecode.RevertFromError(err, abis...); ok {
			return nil, cmdkit.ExplainRevert(rev)
		}
		if err != nil {
			return nil, fmt.Errorf("simulate the delegated batch: %w", err)
		}
		if c.Bool(cmdkit.DryRunFlag.Name) {
			_, err := fmt.Fprintf(c.App.Writer, "Dry run: issuing %d credential(s) by delegation through %s would succeed (gas %d, paid by the relayer). Nothing sent.\n",
				len(data), rc.URL(), gas)
			return nil, err
		}
		var st AttestationBatch
		if err := rc.Do(c.Context, http.MethodPost, "/v1/cred/attestations", b, &st); err != nil {
			return nil, explainRefusal(err, id)
		}
		tx.Log.Info("Delegated batch accepted", "batch", id.Hex(), "relayer", rc.URL(), "duplicate", st.Duplicate)
		final, err := waitBatch(c, rc, id, deadline)
		if err != nil {
			return nil, err
		}
		if final.Status == plugin.StatusFailed {
			return nil, fmt.Errorf("delegated batch %s failed (transaction %s): %s; nothing of it was issued", id.Hex(), final.TxHash.Hex(), final.Reason)
		}
		nonce = b.EndNonce()
		out := &issued{UIDs: final.UIDs, TxHash: final.TxHash, Via: rc.URL()}
		if rcpt, err := tx.EC.TransactionReceipt(c.Context, final.TxHash); err == nil {
			out.GasUsed = rcpt.GasUsed
		}
		return out, nil
	}, nil
}

// explainRefusal names what the relayer refused and says that nothing was issued.
func explainRefusal(err error, id common.Hash) error {
	var api *relayclient.APIError
	if errors.As(err, &api) {
		return fmt.Errorf("the relayer refused delegated batch %s (%s): %s; nothing issued", id.Hex(), api.Reason, api.Message)
	}
	return fmt.Errorf("post delegated batch %s: %w; nothing issued", id.Hex(), err)
}

// waitBatch follows a batch until it is final, or its signatures' deadline has passed
// long enough that it can no longer be mined.
func waitBatch(c *cli.Context, rc *relayclient.Client, id common.Hash, deadline time.Time) (*AttestationBatch, error) {
	give := deadline.Add(2 * time.Minute)
	for {
		var st AttestationBatch
		if err := rc.Do(c.Context, http.MethodGet, "/v1/cred/attestations/"+id.Hex(), nil, &st); err != nil {
			return nil, fmt.Errorf("follow delegated batch %s (it may still be attested; GET %s/v1/cred/attestations/%s): %w", id.Hex(), rc.URL(), id.Hex(), err)
		}
		if st.Final() {
			return &st, nil
		}
		if time.Now().After(give) {
			return nil, fmt.Errorf("delegated batch %s is still %s after its signatures' deadline: it will not be attested; issue again", id.Hex(), st.Status)
		}
		select {
		case <-c.Context.Done():
			return nil, fmt.Errorf("follow delegated batch %s (status %s; it may still be attested): %w", id.Hex(), st.Status, c.Context.Err())
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// notIssued drops from todo the holders whose credential file is already written for the
// same schema, issuer, holder and field values (an earlier run of the same command), and
// says how many it dropped.
func notIssued(todo []*pending, schema common.Hash, issuer common.Address) ([]*pending, int) {
	var left []*pending
	for _, p := range todo {
		if cr, err := ReadCredential(p.out); err == nil && cr.Schema == schema && cr.Issuer == issuer && cr.Holder == p.holder && sameValues(cr.Fields, p.fields) {
			continue
		}
		left = append(left, p)
	}
	return left, len(todo) - len(left)
}

// sameValues compares fields by name and value (the salts differ on every issue).
func sameValues(a, b []Field) bool {
	if len(a) != len(b) {
		return false
	}
	values := map[string]string{}
	for _, f := range a {
		values[f.Name] = f.Value
	}
	for _, f := range b {
		if v, ok := values[f.Name]; !ok || v != f.Value {
			return false
		}
	}
	return true
}
