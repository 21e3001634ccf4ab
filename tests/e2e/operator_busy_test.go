package e2e

import (
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/lockstep-xyz/lockstep/api/operatorapi"
	"github.com/lockstep-xyz/lockstep/internal/testutil"
)

// With consensus halted (one of two equal validators down) the mempool fills: the node answers
// a retryable busy error instead of accepting what it cannot hold. Then the node that accepted
// them is killed too, before anything could be committed or gossiped: its mempool is gone, but
// its journal is not, and once both are back everything it accepted is sequenced.
func TestOperatorBusy(t *testing.T) {
	testutil.SkipShort(t)
	const size = 30
	net := startNetwork(t, 2, 10, "--mempool.size", fmt.Sprint(size))
	ctx, live, down := net.ctx, net.nodes[0], net.nodes[1]
	down.kill(syscall.SIGKILL)

	var accepted []common.Hash
	var busy error
	for i := 0; i < 3*size && busy == nil; i++ {
		hash, err := live.submit(ctx, rollupA, []byte(fmt.Sprintf("busy %d", i)))
		switch {
		case err == nil:
			accepted = append(accepted, hash)
		case operatorapi.IsBusy(err):
			busy = err
		default:
			t.Fatalf("submit %d: %v", i, err)
		}
	}
	if busy == nil {
		t.Fatalf("accepted %d transactions into a mempool of %d", len(accepted), size)
	}
	var de gethrpc.DataError
	if len(accepted) > size || !errorsAs(busy, &de) || fmt.Sprint(de.ErrorData()) != "map[retryable:true]" {
		t.Fatalf("busy after %d: %v (data %v)", len(accepted), busy, de)
	}
	t.Logf("busy after %d accepted: %v", len(accepted), busy)

	live.kill(syscall.SIGKILL)
	live.start()
	down.start()
	for _, n := range net.nodes {
		for _, h := range accepted {
			net.waitTx(n, h, 60*time.Second)
		}
	}
}

func errorsAs(err error, target *gethrpc.DataError) bool {
	de, ok := err.(gethrpc.DataError)
	if ok {
		*target = de
	}
	return ok
}
