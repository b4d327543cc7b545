package vehicle

import (
	"crypto/ecdsa"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/seoulchain/seoulchain/bindings/vehicleregistry"
	"github.com/seoulchain/seoulchain/internal/bulk"
	"github.com/seoulchain/seoulchain/internal/cmdkit"
	"github.com/seoulchain/seoulchain/internal/deploy"
	"github.com/seoulchain/seoulchain/services/internal/outcome"
)

// RecordGas bounds the gas of one record in a recordBatch (an inspection of a known car
// costs about 40k in a batch: bench/vehicle_test.go); it sizes batches before any is
// measured.
const RecordGas = 60_000

// RecordWork is the bulk work of appending records to the registry at reg: records keyed
// by their ID, a batch one recordBatch, and the records the batch's key had sent before
// read from its RecordSkipped events. The relayer's batch route cuts by the same rules.
func RecordWork(reg common.Address, recs []vehicleregistry.VehicleRegistryRecord) bulk.Work[vehicleregistry.VehicleRegistryRecord] {
	a := registryABIOf()
	f, _ := vehicleregistry.NewVehicleRegistryFilterer(common.Address{}, nil)
	return bulk.Work[vehicleregistry.VehicleRegistryRecord]{
		Name: "records", To: reg, Records: recs, GasPerRecord: RecordGas,
		ID: func(r vehicleregistry.VehicleRegistryRecord) string { return common.Hash(r.Id).Hex() },
		Pack: func(rs []vehicleregistry.VehicleRegistryRecord) ([]byte, error) {
			return a.Pack("recordBatch", rs)
		},
		Skipped: func(logs []*types.Log, key common.Address) map[string]bool {
			out := map[string]bool{}
			for _, l := range logs {
				if ev, err := f.ParseRecordSkipped(*l); err == nil && l.Address == reg && ev.Recorder == key {
					out[common.Hash(ev.Id).Hex()] = true
				}
			}
			return out
		},
	}
}

func importCmd(c *cli.Context) error {
	if err := cmdkit.ExactArgs(c); err != nil {
		return err
	}
	path, err := cmdkit.RequireFlag(c, CSVFlag)
	if err != nil {
		return err
	}
	if n := c.Int(InFlightFlag.Name); n < 1 || n > 1024 {
		return cmdkit.Usagef("--in-flight %d: want 1 to 1,024", n)
	}
	// Check the whole file before the key is opened (IDs are made again with the key).
	if _, _, err := ReadInputs(path, common.Address{}, now()); err != nil {
		return &cmdkit.UsageError{Err: err}
	}
	return cmdkit.With(c, deploy.VehicleRegistry, registryABIOf(), func(tx *cmdkit.Tx) error {
		me := tx.Sender.From()
		_, recs, err := ReadInputs(path, me, now())
		if err != nil {
			return &cmdkit.UsageError{Err: err}
		}
		if c.Bool(cmdkit.DryRunFlag.Name) {
			data := cmdkit.MustPack(tx.ABI, "recordBatch", recs[:min(len(recs), 50)])
			return cmdkit.SendOrSimulate(c, tx, tx.To, data, fmt.Sprintf("record the first %d of %d records", min(len(recs), 50), len(recs)))
		}
		progress := bulk.NewProgress(c.App.ErrWriter, 2*time.Second)
		rc, fwd, err := relayerFor(c, tx)
		if err != nil {
			return err
		}
		var res *bulk.Result
		resume := "the records on chain are left out and nothing is recorded twice"
		if rc != nil {
			res, err = relayedImport(c.Context, tx, rc, fwd, recs, progress)
		} else {
			abis, _ := deploy.ABIs()
			dir := c.String(ProgressDirFlag.Name)
			if dir == "" {
				dir = fmt.Sprintf("%s.progress-%s", path, strings.ToLower(me.Hex()[2:10]))
			}
			resume = "the batches in flight are followed from " + dir + " and nothing is recorded twice"
			cfg := bulk.Config{Dir: dir, Keys: []*ecdsa.PrivateKey{tx.Key.PrivateKey}, Pin: me, InFlight: c.Int(InFlightFlag.Name),
				Progress: progress, ABIs: abis, Log: tx.Log}
			res, err = bulk.Send(c.Context, tx.EC, cfg, RecordWork(tx.To, recs))
		}
		if res == nil {
			return err
		}
		if err != nil {
			return fmt.Errorf("%w; %d recorded before it stopped. Run the same command again to send the rest: %s", err, res.Sent, resume)
		}
		if tx.G.JSON {
			out := map[string]any{"recorded": res.Sent, "alreadyRecorded": res.Skipped, "failed": res.Failed,
				"gasUsed": res.GasUsed, "seconds": res.Elapsed.Seconds(), "transactions": res.Txs}
			if rc != nil {
				out["relayer"] = rc.URL()
			}
			if err := cmdkit.PrintJSON(c.App.Writer, out); err != nil {
				return err
			}
		} else {
			via := ""
			if rc != nil {
				via = fmt.Sprintf(" (gasless: relayed by %s)", rc.URL())
			}
			fmt.Fprintf(c.App.Writer, "Recorded %d of %s in %s in %s%s.\n", res.Sent, outcome.Plural(len(recs), "record", "records"), path,
				outcome.Plural(res.Batches, "transaction", "transactions"), via)
			if res.Skipped > 0 {
				fmt.Fprintf(c.App.Writer, "%s already recorded and not recorded again.\n", outcome.Plural(res.Skipped, "record was", "records were"))
			}
			fmt.Fprint(c.App.Writer, res.Summary("records"))
		}
		if len(res.Failed) > 0 {
			others := "; the others were"
			if res.Sent+res.Skipped == 0 {
				others = ""
			}
			return fmt.Errorf("%s not recorded (reasons above)%s. Fix the cause and run the same command again: only those are sent",
				outcome.Plural(len(res.Failed), "record was", "records were"), others)
		}
		return nil
	})
}
