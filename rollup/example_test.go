package rollup_test

import (
	"context"
	"log"
	"os"
	"os/signal"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/lockstep-xyz/lockstep/rollup"
	"github.com/lockstep-xyz/lockstep/rollup/engine"
)

// A rollup node for chain 901 following two operators, checking their batches against the
// CheckpointRegistry on L1, serving JSON-RPC on 127.0.0.1:9545 (HTTP) and :9546 (WebSocket).
func Example() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	l1, err := ethclient.DialContext(ctx, "http://127.0.0.1:8545")
	if err != nil {
		log.Fatal(err)
	}
	defer l1.Close()
	genesis, err := engine.LoadGenesis("genesis-901.json") // lockstep rollup genesis --chain-id 901
	if err != nil {
		log.Fatal(err)
	}
	registry := common.HexToAddress("0x0e801d84fa97b50751dbf25036d067dcf18858bf")
	cfg := rollup.DefaultConfig("rollup-901", genesis, []string{"ws://127.0.0.1:26650", "ws://127.0.0.1:26651"}, registry)
	cfg.FinalityDepth = 2 // anvil has no finality of its own
	node, err := rollup.New(cfg, l1, func(err error) { log.Print(err); stop() })
	if err != nil {
		log.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		log.Fatal(err)
	}
	log.Printf("serving %s", node.HTTPURL())
	<-ctx.Done()
	if err := node.Stop(context.Background()); err != nil {
		log.Fatal(err)
	}
}
