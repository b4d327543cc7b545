package bulk

import (
	"context"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// fanout is the node the manager sends through, which also hands each transaction to
// further nodes (Config.AlsoTo), best effort. On a chain whose signers take turns, the
// signer in turn builds its block from its own pool, and a batch transaction (over 4 KiB)
// reaches other nodes' pools only announced and fetched on request: on the busy devnet
// the other signers often sealed their turn's block empty while the batches waited at
// the node they were sent to.
type fanout struct {
	Backend
	also []ethereum.TransactionSender
	log  *slog.Logger
}

func (f *fanout) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	for _, n := range f.also {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if err := n.SendTransaction(ctx, tx); err != nil {
				// Known already, or the node is away: the first node has it.
				f.log.Debug("Further node did not take the transaction", "tx", tx.Hash(), "err", err)
			}
		}()
	}
	return nil
}

// DialNodes opens the nodes at urls other than skip (the one the sender uses) for
// Config.AlsoTo; a node that cannot be dialled is left out (the first node has every
// transaction anyway). closeAll closes them.
func DialNodes(urls []string, skip string) (nodes []ethereum.TransactionSender, closeAll func()) {
	var clients []*ethclient.Client
	for _, u := range urls {
		if u == "" || u == skip {
			continue
		}
		if ec, err := ethclient.Dial(u); err == nil {
			clients = append(clients, ec)
			nodes = append(nodes, ec)
		}
	}
	return nodes, func() {
		for _, ec := range clients {
			ec.Close()
		}
	}
}
