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
)

// idleTip is the miner's least tip while this signer builds a block it is not in turn
// for: far above any fee, so that build takes no transaction (see refill).
var idleTip = new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil)

// refill makes the in-turn signer take transactions that reached the pool after it began
// the block it is sealing, and keeps the other signers from executing blocks that are
// thrown away.
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
// pool, but only the one in turn is sealed on time: the others wait a random wiggle and
// are dropped when the in-turn block arrives, and a signer that sealed the last block may
// not seal this one at all (Clique's "signed recently"). With three signers that was
// three executions of every block where one is kept, on the cores the chain shares with
// the relayer. So a signer not in turn builds with the miner's least tip raised to
// idleTip (an empty block, at once); it sets its tip back for the head at which it is in
// turn, once it has built on the head before that. If the in-turn block has not arrived
// half a period after its seal time, a signer that may seal the block rebuilds it with
// its transactions, as go-ethereum would have at once: Clique still delays it by the
// out-of-turn wiggle, so a late in-turn signer's block is still preferred, and a missing
// one is replaced by a full block, not an empty one.
//
// The loop only watches: the rebuild is asked for on another goroutine (kicker), so the
// pool's and the chain's event feeds, whose senders wait for every subscriber, never wait
// for the miner.
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
	backupAfter := period / 2
	// The rebuild is asked for off this goroutine: Miner.Start blocks until the miner's
	// loops take it, which can be the length of a block's build, and meanwhile this loop
	// would not drain the pool's and the chain's event feeds, whose senders wait for every
	// subscriber. Returning waits for the asking goroutine.
	rebuild := newKicker(miner.Start)
	defer rebuild.stop()
	idle := false // the miner's tip is idleTip
	setIdle := func(v bool) {
		if v == idle {
			return
		}
		if v {
			miner.SetGasTip(idleTip)
		} else {
			miner.SetGasTip(tip)
		}
		idle = v
	}
	defer setIdle(false)
	txs := make(chan core.NewTxsEvent, 256)
	txSub := backend.TxPool().SubscribeTransactions(txs, false)
	defer txSub.Unsubscribe()
	heads := make(chan core.ChainHeadEvent, 16)
	headSub := chain.SubscribeChainHeadEvent(heads)
	defer headSub.Unsubscribe()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()

	head := chain.CurrentBlock()
	lastBuild := time.Now()
	fresh := false                       // transactions arrived since the last build
	var smallest uint64 = math.MaxUint64 // the least gas limit among them
	turn := turnsAfter(api, head, signer)
	backedUp := false        // this signer rebuilt the late in-turn block
	var started *types.Block // the block built when the last rebuild was asked for
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
			turn, backedUp = turnsAfter(api, head, signer), false
			if turn.next && idle {
				// The tip was not set back before this head's build began (heads came
				// faster than the loop saw the builds): build again with it.
				setIdle(false)
				fresh, smallest = true, 0
			}
		case ev := <-txs:
			fresh = true
			for _, tx := range ev.Txs {
				smallest = min(smallest, tx.Gas())
			}
		case <-tick.C:
			if !miner.Mining() {
				setIdle(false)
				continue
			}
			sealAt := time.Unix(int64(head.Time), 0).Add(period)
			pb := miner.PendingBlock()
			built := pb != nil && pb.ParentHash() == head.Hash() // the head's build finished
			switch {
			case !turn.next && !backedUp && turn.mayBackUp && time.Since(sealAt) > backupAfter && built:
				// The in-turn block is late: build this one in full.
				setIdle(false)
				if rebuild.kick() {
					backedUp, started, lastBuild, fresh = true, pb, time.Now(), false
					log.Debug("Building the late in-turn block as a backup", "number", head.Number.Uint64()+1, "late", time.Since(sealAt))
				}
				continue
			case built && !backedUp && (!turn.next || time.Until(sealAt) < refillMargin):
				// This head's build is done and no rebuild of it is due: the tip for the
				// next head's build.
				setIdle(!turn.afterNext)
			}
			if !fresh || !turn.next || idle || time.Since(lastBuild) < refillGap || time.Until(sealAt) < refillMargin {
				continue
			}
			if !built || pb == started {
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
			if !rebuild.kick() { // a running miner starts a new work cycle
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

// turns is what Clique's rules say about a signer and the two blocks after a head.
type turns struct {
	next      bool // in turn for the block after the head
	afterNext bool // in turn for the block after that
	mayBackUp bool // not in turn for the next block, but allowed to seal it
}

// turnsAfter applies Clique's rules for signer after head: the signer in turn for block n
// is the (n mod signers)-th in address order, and a signer that sealed one of the last
// signers/2+1 blocks may not seal ("signed recently").
func turnsAfter(api *clique.API, head *types.Header, signer common.Address) turns {
	snap, err := api.GetSnapshotAtHash(head.Hash())
	if err != nil || len(snap.Signers) == 0 {
		return turns{next: true, afterNext: true} // unknown: build as go-ethereum does
	}
	signers := make([]common.Address, 0, len(snap.Signers))
	for s := range snap.Signers {
		signers = append(signers, s)
	}
	slices.SortFunc(signers, func(a, b common.Address) int { return a.Cmp(b) })
	next := head.Number.Uint64() + 1
	t := turns{
		next:      signers[next%uint64(len(signers))] == signer,
		afterNext: signers[(next+1)%uint64(len(signers))] == signer,
	}
	if _, ok := snap.Signers[signer]; ok && !t.next {
		t.mayBackUp = true
		limit := uint64(len(snap.Signers)/2 + 1)
		for seen, s := range snap.Recents {
			if s == signer && (next < limit || seen > next-limit) {
				t.mayBackUp = false
			}
		}
	}
	return t
}

// kicker calls start on its own goroutine, at most one call asked for or running and
// none queued behind it: a kick meanwhile is refused, and the caller never blocks.
type kicker struct {
	start func()
	busy  atomic.Bool   // a call is asked for or running
	ask   chan struct{} // holds at most the one asked for
	quit  chan struct{}
	done  chan struct{}
}

func newKicker(start func()) *kicker {
	k := &kicker{start: start, ask: make(chan struct{}, 1), quit: make(chan struct{}), done: make(chan struct{})}
	go k.loop()
	return k
}

func (k *kicker) loop() {
	defer close(k.done)
	for {
		select {
		case <-k.quit:
			return
		case <-k.ask:
			k.start()
			k.busy.Store(false)
		}
	}
}

// kick asks for a call of start; false if one is asked for or running.
func (k *kicker) kick() bool {
	if !k.busy.CompareAndSwap(false, true) {
		return false
	}
	k.ask <- struct{}{} // room: busy was clear, so the channel is empty
	return true
}

// stop waits for a running call to return and ends the goroutine.
func (k *kicker) stop() {
	close(k.quit)
	<-k.done
}
