package node

import (
	"log/slog"
	"math"
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

// refill makes the in-turn signer take transactions that reached the pool after it began
// the block it is sealing. go-ethereum's miner fills a Clique block when its parent
// arrives and then waits out the period; transactions arriving meanwhile wait for the
// block after, since its periodic rebuild (Miner.Recommit: 2 s by default, never under
// 1 s) cannot fire within a 1-second period. Every request then waited 1 to 2 s in the
// pool, which doubled the relayer's latency and kept its keys' windows full. So, while
// new transactions arrive and enough of the period is left, the block is rebuilt (the
// miner's own new-work cycle, as at a new head; the seal time stays the parent's time
// plus the period): at most every refillGap, only by the signer in turn, whose block the
// chain takes (the others' blocks wait a random wiggle and are usually not sealed), only
// once the previous build of the block finished, and only if the new transactions fit in
// what the block has left. The loop only watches: the rebuild is asked for on another
// goroutine (kicker), so the pool's and the chain's event feeds, whose senders wait for
// every subscriber, never wait for the miner.
func refill(backend *eth.Ethereum, signer common.Address, quit <-chan struct{}, log *slog.Logger) {
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
	period := time.Duration(cc.Period) * time.Second
	// The rebuild is asked for off this goroutine: Miner.Start blocks until the miner's
	// loops take it, which can be the length of a block's build, and meanwhile this loop
	// would not drain the pool's and the chain's event feeds, whose senders wait for every
	// subscriber. Returning waits for the asking goroutine.
	rebuild := newKicker(backend.Miner().Start)
	defer rebuild.stop()
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
	inTurn := inTurnNext(api, head, signer)
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
			inTurn = inTurnNext(api, head, signer)
		case ev := <-txs:
			fresh = true
			for _, tx := range ev.Txs {
				smallest = min(smallest, tx.Gas())
			}
		case <-tick.C:
			sealAt := time.Unix(int64(head.Time), 0).Add(period)
			if !fresh || !inTurn || time.Since(lastBuild) < refillGap || time.Until(sealAt) < refillMargin {
				continue
			}
			if !backend.Miner().Mining() {
				continue
			}
			pb := backend.Miner().PendingBlock()
			if pb == nil || pb.ParentHash() != head.Hash() || pb == started {
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

// inTurnNext says whether signer is in turn for the block after head: Clique's own rule
// (the block number modulo the number of signers, in address order).
func inTurnNext(api *clique.API, head *types.Header, signer common.Address) bool {
	snap, err := api.GetSignersAtHash(head.Hash()) // in address order
	if err != nil || len(snap) == 0 {
		return false
	}
	next := head.Number.Uint64() + 1
	return snap[next%uint64(len(snap))] == signer
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
