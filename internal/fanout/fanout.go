package fanout

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/seoulchain/seoulchain/internal/txmgr"
)

// SendTimeout bounds the hand-over of one transaction to one further node.
const SendTimeout = 10 * time.Second

// Backend is the node a transaction manager sends through, which also hands each
// transaction it took to the further nodes Also.
type Backend struct {
	txmgr.Backend
	Also []ethereum.TransactionSender
	Log  *slog.Logger
}

// New is b sending to also as well; b itself when also is empty.
func New(b txmgr.Backend, also []ethereum.TransactionSender, log *slog.Logger) txmgr.Backend {
	if len(also) == 0 {
		return b
	}
	if log == nil {
		log = slog.Default()
	}
	return &Backend{Backend: b, Also: also, Log: log}
}

// Unwrap is the node itself, for the optional calls a transaction manager makes of it
// (eth_getBlockReceipts, reads at a block hash), which Backend's embedded interface hides.
func (f *Backend) Unwrap() txmgr.Backend { return f.Backend }

// SendTransaction sends tx to the node, and once it took it, to the further nodes
// without waiting for them: the node's answer is the send's.
func (f *Backend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := f.Backend.SendTransaction(ctx, tx); err != nil {
		return err
	}
	for _, n := range f.Also {
		go func() {
			ctx, cancel := context.WithTimeout(context.Background(), SendTimeout)
			defer cancel()
			if err := n.SendTransaction(ctx, tx); err != nil {
				// Known already, or the node is away: the first node has it.
				f.Log.Debug("Further node did not take the transaction", "tx", tx.Hash(), "err", err)
			}
		}()
	}
	return nil
}

// Dial opens the nodes at urls other than skip (the one the sender uses) and empty ones.
// A node that cannot be dialled is left out and named in err; nodes holds the others,
// closeAll closes them.
func Dial(ctx context.Context, urls []string, skip string, opts ...rpc.ClientOption) (nodes []ethereum.TransactionSender, closeAll func(), err error) {
	var clients []*rpc.Client
	var errs []error
	seen := map[string]bool{skip: true, "": true}
	for _, u := range urls {
		if seen[u] {
			continue
		}
		seen[u] = true
		c, err := rpc.DialOptions(ctx, u, opts...)
		if err != nil {
			errs = append(errs, fmt.Errorf("further node %s: %w", u, err))
			continue
		}
		clients = append(clients, c)
		nodes = append(nodes, ethclient.NewClient(c))
	}
	return nodes, func() {
		for _, c := range clients {
			c.Close()
		}
	}, errors.Join(errs...)
}
