package forgeart

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	out := t.TempDir()
	dir := filepath.Join(out, "C.sol")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abiJSON := `[{"type":"function","name":"f","inputs":[],"outputs":[{"name":"","type":"uint256"}],"stateMutability":"view"}]`
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name+".json"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("C", `{"abi":`+abiJSON+`,"bytecode":{"object":"0x6001"}}`)
	write("NoCode", `{"abi":`+abiJSON+`,"bytecode":{"object":"0x"}}`)
	write("OnlyABI", `{"abi":`+abiJSON+`}`)

	a, err := Load(out, "C.sol", "C")
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := a.ABI.Methods["f"]; !ok || len(a.Bytecode) != 2 {
		t.Fatalf("artifact %+v", a)
	}
	for _, c := range []string{"NoCode", "OnlyABI"} {
		if _, err := Load(out, "C.sol", c); err == nil || !strings.Contains(err.Error(), "make contracts") {
			t.Errorf("%s: err = %v", c, err)
		}
	}
	if _, err := Load(out, "C.sol", "Missing"); err == nil || !strings.Contains(err.Error(), "make contracts") {
		t.Errorf("missing: err = %v", err)
	}
}

func TestDefaultOut(t *testing.T) {
	out, err := DefaultOut()
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(out) != "out" || filepath.Base(filepath.Dir(out)) != "contracts" {
		t.Fatalf("DefaultOut = %s", out)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(filepath.Dir(out)), "go.mod")); err != nil {
		t.Fatal(err)
	}
}
