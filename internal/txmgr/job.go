package txmgr

import (
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// State is where a job is.
type State string

const (
	Queued    State = "queued"    // accepted, journaled, no transaction yet
	Sent      State = "sent"      // signed, journaled and broadcast; not mined
	Mined     State = "mined"     // in a block, not yet at the confirmation depth
	Confirmed State = "confirmed" // at the confirmation depth and still canonical
	Failed    State = "failed"    // will not be sent (or reverted on chain): see Err
)

const jobPrefix = "txmgr/job/"

// Attempt is one signed transaction of a job; a resubmission adds one with the same nonce.
type Attempt struct {
	Hash   common.Hash `json:"hash"`
	FeeCap *big.Int    `json:"feeCap"`
	TipCap *big.Int    `json:"tipCap"`
	Raw    []byte      `json:"raw"`
}

// Job is a call the manager sends exactly once.
type Job struct {
	ID    string         `json:"id"`
	To    common.Address `json:"to"`
	Data  []byte         `json:"data"`
	Value *big.Int       `json:"value,omitempty"`
	Seq   uint64         `json:"seq"`
	// FixedGas is Request.Gas.
	FixedGas uint64 `json:"fixedGas,omitempty"`
	// Pin, if set, is the only key that may send the job (SubmitPinned); otherwise any
	// key takes it.
	Pin common.Address `json:"pin,omitempty"`
	// Owner names who submitted the job (a relayer plug-in): its updates go back to it
	// without anyone parsing the ID.
	Owner string `json:"owner,omitempty"`

	State     State          `json:"state"`
	Key       common.Address `json:"key,omitempty"`
	Nonce     uint64         `json:"nonce"`
	Gas       uint64         `json:"gas,omitempty"`
	Attempts  []Attempt      `json:"attempts,omitempty"`
	TxHash    common.Hash    `json:"txHash,omitempty"` // the attempt that was mined
	Block     uint64         `json:"block,omitempty"`
	BlockHash common.Hash    `json:"blockHash,omitempty"`
	Reorgs    int            `json:"reorgs,omitempty"`
	Err       string         `json:"error,omitempty"`
	// Code names why a failed job ended (CodeOversized, ...); Splittable says whether its
	// owner may send the work again in smaller jobs.
	Code string `json:"code,omitempty"`
	// AtCap: the fees reached Config.MaxFeeCap (or the node refused a higher bid), so the
	// job's transaction is broadcast again as it is, never bumped further.
	AtCap bool `json:"atCap,omitempty"`
	// Logs are the confirmed receipt's logs, read once at the confirmation depth and
	// journaled with the job, so whoever applies the outcome never reads the receipt again.
	Logs []*types.Log `json:"logs,omitempty"`
	// Resent are the transactions the job had when it was sent again under a new nonce
	// (another sender seemed to have used its nonce): should one of them be mined after
	// all, the job's work ran there, which its owner may need to know (the relayer looks
	// for its requests' executions in them).
	Resent  []common.Hash `json:"resent,omitempty"`
	Created time.Time     `json:"created"`
	Updated time.Time     `json:"updated"`

	// broadcastAt is when the job's last attempt went to the node (this process).
	broadcastAt time.Time
	// gone counts the checks in a row, each at a new block, that found the job's nonce
	// used and none of its transactions known to the node; see worker.followSent.
	gone int
	// viewed: no block before the manager's view of the chain can hold the job's
	// transactions (this process signed it, or a lookup by hash found none mined), so its
	// receipts are looked for in the view.
	viewed bool
}

// Finished says the job will change no more: confirmed (with its logs) or failed.
func (j Job) Finished() bool { return j.State == Confirmed || j.State == Failed }

// Request is a job to submit.
type Request struct {
	ID    string // a job whose ID was submitted before is not submitted again
	Owner string // handed back in every update of the job
	To    common.Address
	Data  []byte
	// Gas, if set, is the gas limit: the owner computed it (from each request's own
	// simulation) and no estimate is made. A call that fails is then found on chain.
	Gas uint64
	// Pin, if set, is the only key that may send the job, also when it is resent after a
	// reorganisation or a lost nonce: for calls whose effect depends on the sender.
	Pin common.Address
}
