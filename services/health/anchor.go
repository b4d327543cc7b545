package health

import (
	"context"
	"crypto/sha256"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/healthconsent"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/internal/txsend"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
	"github.com/seoulchain/seoulchain/services/internal/viewbatch"
)

// OneTransaction is the most records `record anchor` sends in one transaction of its own
// (a few files, the usual case): more go through the bulk sender, whose batches are sized
// from the block gas limit, so that a records office's day of files never makes one
// transaction over the block (it would never be mined).
const OneTransaction = 50

// AnchorGas bounds one record's gas in anchorBatch: two new storage slots, a cold read of
// the slot of records anchored before keying by holder, the RecordAnchored event and the
// calldata (about 51k measured on the devnet). The bulk sender measures the real cost; this
// is the floor of each record's share of a batch's gas limit.
const AnchorGas = 55_000

// anchorBatchBase is anchorBatch's gas beside its records (the transaction, the provider
// check), for sizing the batches of a dry run.
const anchorBatchBase = 50_000

func anchor(c *cli.Context) error {
	hashes, err := recordArgs(c, "to anchor")
	if err != nil {
		return err
	}
	patient, err := cmdkit.AddressFlag(c, PatientFlag)
	if err != nil {
		return err
	}
	cat, err := requireCode(c, CategoryFlag, ParseCategory)
	if err != nil {
		return err
	}
	size := c.Int(BatchSizeFlag.Name)
	if c.IsSet(BatchSizeFlag.Name) && size < 1 {
		return cmdkit.Usagef("--batch-size %d: want at least 1 record per transaction", size)
	}
	if err := bulk.CheckInFlight(c); err != nil {
		return err
	}
	return cmdkit.With(c, deploy.HealthConsent, contractABI(), func(tx *cmdkit.Tx) error {
		me := tx.Sender.From()
		recs, err := recordsOf(c.Context, tx.RC, tx.To, me, hashes)
		if err != nil {
			return err
		}
		var todo []common.Hash
		for i, h := range hashes {
			switch rec := recs[i]; {
			case rec.Provider == (common.Address{}):
				todo = append(todo, h)
			case rec.Patient != patient || rec.Category != cat:
				return fmt.Errorf("%s anchored record %s already, for patient %s as %s (HealthRecordAlreadyAnchored): nothing sent (a holder anchors a record once)",
					me.Hex(), h.Hex(), rec.Patient.Hex(), name(Categories, uint64(rec.Category)))
			}
		}
		j := anchorJob{patient: patient, cat: cat, all: hashes, todo: todo, size: size}
		j.dir = anchorProgressDir(c, me, j)
		// A progress directory is an earlier run's batches, perhaps in flight still: only the
		// bulk sender follows them (a transaction of this command's own would be sent beside
		// them, and revert with HealthRecordAlreadyAnchored once they are mined), and only it
		// removes the directory, once every record is in a block — also when none is left.
		resumed := bulk.Journaled(j.dir)
		if len(todo) == 0 && (!resumed || c.Bool(cmdkit.DryRunFlag.Name)) {
			return tx.NothingSent(c, fmt.Sprintf("%s anchored already", outcome.Plural(len(hashes), "record is", "records are")),
				map[string]any{"records": hashes})
		}
		if resumed || len(todo) > OneTransaction || size > 0 && len(todo) > size {
			return anchorMany(c, tx, j)
		}
		what := fmt.Sprintf("anchor %s (%s) of patient %s", outcome.Plural(len(todo), "record", "records"), Categories[cat], patient.Hex())
		if len(todo) == 1 {
			return tx.Send(c, what, "anchor", patient, todo[0], cat)
		}
		return tx.Send(c, what, "anchorBatch", anchorArgs(patient, cat, todo)...)
	})
}

// anchorArgs are anchorBatch's arguments for records of patient, all of category cat.
func anchorArgs(patient common.Address, cat uint8, records []common.Hash) []any {
	patients, hs, cats := make([]common.Address, len(records)), make([][32]byte, len(records)), make([]uint8, len(records))
	for i, h := range records {
		patients[i], hs[i], cats[i] = patient, h, cat
	}
	return []any{patients, hs, cats}
}

// AnchorWork is the bulk work of anchoring records of patient, all of category cat, on the
// HealthConsent contract at hc: records keyed by their hash, a batch one anchorBatch. The
// contract skips nothing (it refuses a record anchored twice); the command leaves out what
// the sender anchored before, and the progress directory what it has in flight.
func AnchorWork(hc, patient common.Address, cat uint8, records []common.Hash) bulk.Work[common.Hash] {
	a := contractABI()
	return bulk.Work[common.Hash]{
		Name: "records", To: hc, Records: records, GasPerRecord: AnchorGas,
		ID:   func(h common.Hash) string { return h.Hex() },
		Pack: func(hs []common.Hash) ([]byte, error) { return a.Pack("anchorBatch", anchorArgs(patient, cat, hs)...) },
	}
}

// anchorJob is one `record anchor` of more records than one transaction takes.
type anchorJob struct {
	patient common.Address
	cat     uint8
	all     []common.Hash // the command's records
	todo    []common.Hash // those not anchored yet
	size    int           // --batch-size, or 0
	dir     string        // the progress directory (anchorProgressDir)
}

// anchorMany sends j's records through the bulk sender, from the command's key alone: a
// record is its holder's, the key that anchors it.
func anchorMany(c *cli.Context, tx *cmdkit.Tx, j anchorJob) error {
	already := len(j.all) - len(j.todo)
	if c.Bool(cmdkit.DryRunFlag.Name) {
		return anchorDryRun(c, tx, j, already)
	}
	dir := j.dir
	cfg, done := bulk.CommandConfig(c, tx, dir)
	defer done()
	cfg.MaxRecords = j.size
	if len(j.todo) == 0 {
		cfg.Progress = nil // only following an earlier run's batches to their end
	}
	res, err := bulk.Send(c.Context, tx.EC, cfg, AnchorWork(tx.To, j.patient, j.cat, j.todo))
	if res == nil {
		return err
	}
	if err != nil {
		return fmt.Errorf("%w; %d anchored before it stopped. Run the same command again to send the rest: the batches in flight are followed from %s and nothing is anchored twice",
			err, res.Sent, dir)
	}
	if len(j.todo) == 0 {
		// Every record was in a block already: the run only ended the earlier one's.
		return tx.NothingSent(c, fmt.Sprintf("%s anchored already (an earlier run's batches, followed to the end from %s)",
			outcome.Plural(len(j.all), "record is", "records are"), dir), map[string]any{"records": j.all})
	}
	if tx.G.JSON {
		if err := cmdkit.PrintJSON(c.App.Writer, map[string]any{"anchored": res.Sent, "alreadyAnchored": already + res.Skipped, "failed": res.Failed,
			"gasUsed": res.GasUsed, "transactions": res.Txs}); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(c.App.Writer, "Anchored %d of %s (%s) of patient %s in %s.\n", res.Sent, outcome.Plural(len(j.all), "record", "records"),
			Categories[j.cat], j.patient.Hex(), outcome.Plural(res.Batches, "transaction", "transactions"))
		if n := already + res.Skipped; n > 0 {
			fmt.Fprintf(c.App.Writer, "%s anchored already and not sent again.\n", outcome.Plural(n, "record was", "records were"))
		}
		fmt.Fprint(c.App.Writer, res.Summary("record", "records"))
	}
	if len(res.Failed) > 0 {
		return fmt.Errorf("%s not anchored (reasons above); the others were. Fix the cause and run the same command again: only those are sent",
			outcome.Plural(len(res.Failed), "record was", "records were"))
	}
	return nil
}

// anchorDryRun simulates the batches the bulk sender would send (sized by AnchorGas, as the
// sender sizes them before it measures) and sends nothing.
func anchorDryRun(c *cli.Context, tx *cmdkit.Tx, j anchorJob, already int) error {
	head, err := tx.EC.HeaderByNumber(c.Context, nil)
	if err != nil {
		return err
	}
	batches, err := AnchorBatches(j.patient, j.cat, j.todo, head.GasLimit, j.size)
	if err != nil {
		return err
	}
	var gas uint64
	for i, b := range batches {
		g, err := tx.Sender.Simulate(c.Context, txsend.Candidate{To: &tx.To, Data: cmdkit.MustPack(contractABI(), "anchorBatch", anchorArgs(j.patient, j.cat, b)...)})
		if err != nil {
			return fmt.Errorf("batch %d (records %s to %s): %w", i+1, b[0].Hex(), b[len(b)-1].Hex(), cmdkit.ExplainRevert(err))
		}
		gas += g
	}
	// An earlier run's batches may be in flight (the progress directory): their records are
	// not in a block yet, so they are simulated here too, and the real run follows them.
	// A folder that merely exists (a --progress-dir the user keeps, emptied after a run) holds
	// none, nor one holding the sender's marker alone (a run stopped before it sent anything).
	inFlight := bulk.Journaled(j.dir)
	if tx.G.JSON {
		return cmdkit.PrintJSON(c.App.Writer, map[string]any{"dryRun": true, "records": len(j.todo), "alreadyAnchored": already, "batches": len(batches), "gas": gas,
			"earlierRunInFlight": inFlight})
	}
	_, err = fmt.Fprintf(c.App.Writer, "Dry run: anchoring %s (%s) of patient %s in %s would succeed (gas %d); %d anchored already. Nothing sent.\n",
		outcome.Plural(len(j.todo), "record", "records"), Categories[j.cat], j.patient.Hex(), outcome.Plural(len(batches), "batch", "batches"), gas, already)
	if err == nil && inFlight {
		_, err = fmt.Fprintf(c.App.Writer, "An earlier run's batches may be in flight (%s): their records are counted above; the same command without --dry-run follows them, sending none twice.\n", j.dir)
	}
	return err
}

// AnchorBatches cuts records into anchorBatch calls whose gas (AnchorGas a record) lets
// whole batches fill a block of blockGasLimit (bulk.Fill), of at most maxRecords each (0: no
// bound) and within the bulk sender's calldata bound.
func AnchorBatches(patient common.Address, cat uint8, records []common.Hash, blockGasLimit uint64, maxRecords int) ([][]common.Hash, error) {
	gas := func(n int) uint64 { return anchorBatchBase + uint64(n)*AnchorGas }
	most := len(records)
	if maxRecords > 0 {
		most = min(most, maxRecords)
	}
	n, _ := bulk.Fill(blockGasLimit, 0, most, gas, gas)
	a := contractABI()
	cuts, err := bulk.Cut(len(records), n, bulk.DefaultMaxBytes, func(lo, hi int) (int, error) {
		data, err := a.Pack("anchorBatch", anchorArgs(patient, cat, records[lo:hi])...)
		return len(data), err
	})
	if err != nil {
		return nil, err
	}
	out := make([][]common.Hash, len(cuts))
	for i, c := range cuts {
		out[i] = records[c[0]:c[1]]
	}
	return out, nil
}

// anchorProgressDir is where a bulk anchoring's progress is journaled: --progress-dir, or in
// the current folder, one per sender and work (the patient, the category and the records
// named: the same command again finds it, another command has its own).
func anchorProgressDir(c *cli.Context, sender common.Address, j anchorJob) string {
	if d := c.String(ProgressDirFlag.Name); d != "" {
		return d
	}
	sorted := slices.Clone(j.all)
	slices.SortFunc(sorted, func(a, b common.Hash) int { return a.Cmp(b) })
	h := sha256.New()
	h.Write(j.patient[:])
	h.Write([]byte{j.cat})
	for _, r := range sorted {
		h.Write(r[:])
	}
	return fmt.Sprintf("health-anchor.progress-%s-%x", strings.ToLower(sender.Hex()[2:10]), h.Sum(nil)[:4])
}

// recordsOf reads what holder anchored under each hash, in JSON-RPC batches: a records
// office's day of files is thousands of calls.
func recordsOf(ctx context.Context, rc *rpc.Client, hc, holder common.Address, hashes []common.Hash) ([]healthconsent.HealthConsentRecord, error) {
	a := contractABI()
	answers, err := viewbatch.Call(ctx, rc, hc, len(hashes), func(i int) []byte { return cmdkit.MustPack(a, "record", holder, hashes[i]) })
	if err != nil {
		return nil, fmt.Errorf("ask which records are anchored: %w", err)
	}
	out := make([]healthconsent.HealthConsentRecord, len(hashes))
	for i, ans := range answers {
		h := hashes[i]
		if ans.Err != nil {
			return nil, fmt.Errorf("read record %s: %w", h.Hex(), ans.Err)
		}
		vals, err := a.Unpack("record", ans.Data)
		if err != nil || len(vals) != 1 {
			return nil, fmt.Errorf("read record %s: %d values, %v", h.Hex(), len(vals), err)
		}
		out[i] = *abi.ConvertType(vals[0], new(healthconsent.HealthConsentRecord)).(*healthconsent.HealthConsentRecord)
	}
	return out, nil
}
