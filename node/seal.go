package node

import (
	"log/slog"
	"math"
	"math/big"
	"slices"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus/beacon"
	"github.com/ethereum/go-ethereum/consensus/clique"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
)

// Rebuilding the block being sealed (refill).
const (
	// refillGap is the least time between two builds of one block: each executes every
	// pending transaction again, on the same cores as the other signers and the services.
	refillGap = 250 * time.Millisecond
	// refillMargin is the least time left before the block's seal time for a rebuild to
	// be started: a rebuild that ends after it delays the block.
	refillMargin = 350 * time.Millisecond
	// standbyGrace is how long after the block in turn was due (the later of its seal time
	// and a period after its parent arrived) a backup signer waits before it builds and
	// seals the block itself (see refill, parked miners).
	standbyGrace = 2 * time.Second
)

// idleTip is the miner's least tip while this signer builds a block it is not in turn
// for: far above any fee, so that build takes no transaction (see refill).
var idleTip = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)

// refill makes the in-turn signer take transactions that reached the pool after it began
// the block it is sealing, and keeps a signer from executing its pool for a block Clique
// will not let it seal.
//
// Rebuilds. go-ethereum's miner fills a Clique block when its parent arrives and then
// waits out the period; transactions arriving meanwhile wait for the block after, since
// its periodic rebuild (Miner.Recommit: 2 s by default, never under 1 s) cannot fire
// within a 1-second period. Every request then waited 1 to 2 s in the pool, which doubled
// the relayer's latency and kept its keys' windows full. So, while new transactions
// arrive and enough of the period is left, the block is rebuilt (the miner's own new-work
// cycle, as at a new head; the seal time stays the parent's time plus the period): at
// most every refillGap, only by the signer in turn, whose block the chain takes, only
// once the previous build of the block finished, and only if the new transactions fit in
// what the block has left.
//
// Idle builds. At every head every signer's miner builds the next block from its whole
// pool, also a signer that sealed one of the last signers/2+1 blocks, which Clique does
// not let seal the next ("signed recently"): with three signers, the one that sealed the
// head executed every block a second time for nothing, on the cores the chain shares
// with the relayer. So at a head such a signer raises the miner's least tip to idleTip,
// and its build takes no transaction; once that build is done the tip is set back
// (tip: what the pool takes, as go-ethereum's miner took every "local" transaction),
// before the next head; the signer in turn raises it ahead, once its last rebuild is done,
// since set at the head it often came after the miner read it. The signers that may seal the next block, in turn or not, build
// as go-ethereum does: a late or missing in-turn block is replaced by a full one. When a
// head comes before the tip was set back, and the build of a block this signer may seal
// took nothing while the pool has transactions, it is built again at once.
//
// Parked miners. Clique lets a signer not in turn seal too, after a random delay of up to
// half a second per two signers past the block's time: a backup for a signer that is down.
// Under load the signer in turn gets its parent late (a full block takes longer than the
// period to execute on shared cores) and its block is then due at once, so the backups'
// blocks came as soon as the turn's and raced it: a 100,000-ballot run reorganised every
// few blocks, and each backup executed the whole pool for a block that lost. So a signer
// that is not in turn stops its miner (Miner.Stop) once it is barred, and keeps it stopped
// (and idle) while it is a backup; it starts it again when it comes in turn (once the
// miner's build at that head, empty, is done: started earlier, that empty build could be
// sealed), or, as a backup, when the block in turn is overdue by standbyGrace. A backup
// for a signer in turn that may not seal (it sealed the head out of turn) builds and
// seals as go-ethereum's do (once the head's idle build is done): nobody else would. A
// signer that is down then costs its turns about three seconds, not one. A stopped miner
// still applies each transaction reaching the pool to its pending block (go-ethereum's
// worker does when not sealing), so parking saves the builds at heads, not that work
// (the devnet's plain-transfer ceiling measured about 1,000 transfers/s in three runs with
// parked backups and 1,500 in a fourth, about 1,450 without: not profiled yet).
//
// The loop only watches: rebuilds, stops and starts are asked of the miner on another
// goroutine (control), in order, so the pool's and the chain's event feeds, whose senders
// wait for every subscriber, never wait for the miner.
func refill(backend *eth.Ethereum, signer common.Address, tip *big.Int, quit <-chan struct{}, log *slog.Logger) {
	chain := backend.BlockChain()
	cc := chain.Config().Clique
	if cc == nil || cc.Period == 0 {
		return // instant sealing: the miner already builds on every new transaction
	}
	engine := backend.Engine()
	if b, ok := engine.(*beacon.Beacon); ok {
		engine = b.InnerEngine() // go-ethereum wraps Clique for the merge it never reaches
	}
	cl, ok := engine.(*clique.Clique)
	if !ok {
		return
	}
	api, ok := cl.APIs(chain)[0].Service.(*clique.API)
	if !ok {
		return
	}
	miner := backend.Miner()
	period := time.Duration(cc.Period) * time.Second
	miner.SetGasTip(tip)
	// One goroutine asks the miner for rebuilds, stops and starts, in order: a rebuild's
	// start landing after a stop would leave a parked miner running.
	ctl := newControl(miner, tip)
	idle := false   // the miner's tip is idleTip
	parked := false // this loop stopped the miner (see Parked miners)
	setIdle := func(v bool) {
		if v != idle {
			if v {
				miner.SetGasTip(idleTip)
			} else {
				miner.SetGasTip(tip)
			}
			idle = v
		}
	}
	setParked := func(v bool) {
		if v != parked {
			parked, idle = v, v // the control sets the tip: idle once stopped, back before the start
			ctl.park(v)
		}
	}
	defer func() {
		// A feed that failed leaves the signer sealing as go-ethereum does; at shutdown
		// the node stops the miner itself.
		select {
		case <-quit:
		default:
			if parked {
				ctl.park(false)
			}
		}
		ctl.stop()
		if !parked {
			setIdle(false)
		}
	}()
	txs := make(chan core.NewTxsEvent, 256)
	txSub := backend.TxPool().SubscribeTransactions(txs, false)
	defer txSub.Unsubscribe()
	heads := make(chan core.ChainHeadEvent, 16)
	headSub := chain.SubscribeChainHeadEvent(heads)
	defer headSub.Unsubscribe()
	// 10 ms: a parked signer in turn starts its full build soon after its idle build at
	// the head is done (a tick reads the pending block and compares; cheap).
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()

	head := chain.CurrentBlock()
	lastBuild := time.Now()
	fresh := false                       // transactions arrived since the last build
	var smallest uint64 = math.MaxUint64 // the least gas limit among them
	turn := turnAfter(api, head, signer)
	checked := false           // the head's build was checked for an idle tip read too late
	preset := false            // idle raised ahead, for the head this signer is sealing
	var started *types.Block   // the block built when the last rebuild was asked for
	var standbyUntil time.Time // as a backup, when the block in turn is overdue
	for {
		select {
		case <-quit:
			return
		case <-txSub.Err():
			return
		case <-headSub.Err():
			return
		case ev := <-heads:
			// The miner builds on every new head itself.
			head, lastBuild, fresh, smallest = ev.Block.Header(), time.Now(), false, math.MaxUint64
			turn, checked, preset = turnAfter(api, head, signer), false, false
			if parked || miner.Mining() || ctl.pending() {
				switch {
				case turn.next && !turn.barred:
					if !parked {
						setIdle(false)
					} // else started again once the head's build is done (tick)
				case turn.barred || !turn.turnBarred:
					// Barred, or a backup for a signer that may seal: parked. (The
					// stop comes after this head's build began: a backup that built
					// in full may still seal it, as go-ethereum's backups do.)
					setParked(true)
					due := time.Unix(int64(head.Time), 0).Add(period)
					if arrived := time.Now().Add(period); arrived.After(due) {
						due = arrived
					}
					standbyUntil = due.Add(standbyGrace)
				default:
					// A backup for a signer in turn that may not seal (it sealed the
					// head, out of turn): nobody else seals this block; Clique's own
					// delay applies. Parked, it starts once the head's idle build is done
					// (tick), as the signer in turn does.
					if !parked {
						setIdle(false)
					}
				}
			}
		case ev := <-txs:
			fresh = true
			for _, tx := range ev.Txs {
				smallest = min(smallest, tx.Gas())
			}
		case <-tick.C:
			sealAt := time.Unix(int64(head.Time), 0).Add(period)
			pb := miner.PendingBlock()
			built := pb != nil && pb.ParentHash() == head.Hash() // the head's build finished
			if parked {
				switch {
				case turn.next && !turn.barred && built:
					// In turn: the head's build (idle, not submitted) is done.
				case !turn.next && !turn.barred && turn.turnBarred && built:
					// The only possible sealer of the next block, out of turn.
				case !turn.next && !turn.barred && built && time.Now().After(standbyUntil):
					log.Info("The block in turn is overdue; building it as a backup signer", "number", head.Number.Uint64()+1, "due", sealAt)
				default:
					if miner.Mining() && !ctl.pending() {
						ctl.park(true) // started by someone else (miner_start, a sync's end)
					}
					continue
				}
				setParked(false) // the control's start builds the block in full
				started, lastBuild, fresh, checked = pb, time.Now(), false, true
				continue
			}
			if !miner.Mining() {
				setIdle(false)
				continue
			}
			if !built {
				continue
			}
			if idle && !preset {
				setIdle(false) // for the next head's build, before it comes
				continue
			}
			if turn.next && turn.sealerBarred && !idle && time.Until(sealAt) < refillMargin && pb != started && !ctl.pending() {
				// This signer seals the next block, and no rebuild of it is due or under
				// way: at its head it may not seal the one after. Raised now, the tip is
				// in place before the miner's build at that head reads it (set at the
				// head, it was often too late).
				setIdle(true)
				preset = true
				continue
			}
			if !checked && !turn.barred {
				checked = true
				if pending, _ := backend.TxPool().Stats(); len(pb.Transactions()) == 0 && pending > 0 && ctl.rebuild() {
					// Built with the idle tip, read before it was set back.
					started, lastBuild, fresh = pb, time.Now(), false
					log.Debug("Rebuilding a block built idle", "number", head.Number.Uint64()+1)
					continue
				}
			}
			if !fresh || !turn.next || time.Since(lastBuild) < refillGap || time.Until(sealAt) < refillMargin {
				continue
			}
			if pb == started {
				// The build of this block is still running: a new cycle would discard it
				// (go-ethereum drops work interrupted as by a new head), and on busy cores
				// each would be discarded in turn until the seal time passed.
				continue
			}
			if room(pb) < smallest {
				// The block is full (bulk work keeps more than a block in the pool): a
				// rebuild would execute it all again and take nothing new.
				fresh, smallest = false, math.MaxUint64
				continue
			}
			if !ctl.rebuild() { // a running miner starts a new work cycle
				continue // the last rebuild is still being asked for
			}
			started = pb
			log.Debug("Rebuilding the block being sealed with new transactions", "number", head.Number.Uint64()+1, "left", time.Until(sealAt))
			lastBuild, fresh = time.Now(), false
		}
	}
}

// room is the gas a block has left for more transactions: the miner's gas pool gives back
// what its transactions did not use, so it is the limit less the gas used.
func room(b *types.Block) uint64 {
	return b.GasLimit() - min(b.GasUsed(), b.GasLimit())
}

// turn is what Clique's rules say about a signer and the block after a head.
type turn struct {
	next   bool // in turn for it
	barred bool // may not seal it: it sealed one of the last signers/2+1 blocks
	// sealerBarred: the signer of the next block may not seal the one after it (more
	// than one signer).
	sealerBarred bool
	// turnBarred: the signer in turn for the next block may not seal it (it sealed one of
	// the last signers/2+1, out of turn): only a backup can.
	turnBarred bool
}

// turnAfter applies Clique's rules for signer after head: the signer in turn for block n
// is the (n mod signers)-th in address order, and one that sealed one of the last
// signers/2+1 blocks may not seal ("signed recently", as clique.Seal checks it).
func turnAfter(api *clique.API, head *types.Header, signer common.Address) turn {
	snap, err := api.GetSnapshotAtHash(head.Hash())
	if err != nil || len(snap.Signers) == 0 {
		return turn{next: true} // unknown: build as go-ethereum does
	}
	signers := make([]common.Address, 0, len(snap.Signers))
	for s := range snap.Signers {
		signers = append(signers, s)
	}
	slices.SortFunc(signers, func(a, b common.Address) int { return a.Cmp(b) })
	next := head.Number.Uint64() + 1
	inTurn := signers[next%uint64(len(signers))]
	t := turn{next: inTurn == signer}
	limit := uint64(len(snap.Signers)/2 + 1)
	t.sealerBarred = limit > 1
	for seen, s := range snap.Recents {
		if next < limit || seen > next-limit {
			t.barred = t.barred || s == signer
			t.turnBarred = t.turnBarred || s == inTurn
		}
	}
	return t
}

// control asks the miner, on its own goroutine and in the order asked, for rebuilds (a
// start while it runs: a new work cycle), stops and starts: Miner.Start and Miner.Stop wait
// for the miner's loops, which can be busy with a block's build, and the event loop that
// asks never waits. A stop sets the idle tip once the miner is stopped (set before, the
// miner's build at a head could read it and be sealed empty by a backup); a start sets
// the signer's tip first. A rebuild is refused while one is asked for or running, and
// dropped if a stop came after it was asked.
type control struct {
	miner minerControl
	tip   *big.Int
	ops   chan op
	queue atomic.Int32 // ops asked for and not done
	quit  chan struct{}
	done  chan struct{}
}

// minerControl is what control asks of go-ethereum's miner.
type minerControl interface {
	Start()
	Stop()
	Mining() bool
	SetGasTip(*big.Int) error
}

type op int

const (
	opRebuild op = iota
	opStop
	opStart
)

func newControl(miner minerControl, tip *big.Int) *control {
	c := &control{miner: miner, tip: tip, ops: make(chan op, 64), quit: make(chan struct{}), done: make(chan struct{})}
	go c.loop()
	return c
}

func (c *control) loop() {
	defer close(c.done)
	stopped := false
	for {
		select {
		case <-c.quit:
			return
		case o := <-c.ops:
			switch o {
			case opRebuild:
				if !stopped {
					c.miner.Start()
				}
			case opStop:
				c.miner.Stop() // also clears a start go-ethereum keeps for a sync's end
				c.miner.SetGasTip(idleTip)
				stopped = true
			case opStart:
				c.miner.SetGasTip(c.tip)
				c.miner.Start() // a new work cycle, also when already running
				stopped = false
			}
			c.queue.Add(-1)
		}
	}
}

func (c *control) ask(o op) {
	c.queue.Add(1)
	c.ops <- o // room: the event loop asks a few at a time (a rebuild only when none waits)
}

// pending says whether an op is asked for or running.
func (c *control) pending() bool { return c.queue.Load() > 0 }

// rebuild asks for a new work cycle; false if an op is asked for or running.
func (c *control) rebuild() bool {
	if c.pending() {
		return false
	}
	c.ask(opRebuild)
	return true
}

// park asks for the miner stopped (v) or started.
func (c *control) park(v bool) {
	if v {
		c.ask(opStop)
	} else {
		c.ask(opStart)
	}
}

// stop lets the ops asked for run, then ends the goroutine.
func (c *control) stop() {
	for c.pending() {
		time.Sleep(time.Millisecond)
	}
	close(c.quit)
	<-c.done
}
