package cmd

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// built is the dispatch command built once for the tests that run it as a
// user would, in a folder removed by TestMain.
var built struct {
	sync.Once
	dir, path string
	err       error
}

// TestMain removes the built command after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if built.dir != "" {
		os.RemoveAll(built.dir)
	}
	os.Exit(code)
}

// testBinary builds the command on first use and returns its path.
func testBinary(t *testing.T) string {
	t.Helper()
	built.Do(func() {
		if built.dir, built.err = os.MkdirTemp("", "dispatch-test-"); built.err != nil {
			return
		}
		built.path = filepath.Join(built.dir, "dispatch")
		if out, err := exec.Command("go", "build", "-o", built.path, "..").CombinedOutput(); err != nil {
			built.err = errors.New("go build: " + err.Error() + "\n" + string(out))
		}
	})
	if built.err != nil {
		t.Fatal(built.err)
	}
	return built.path
}

// runBinary runs the built command in dir ("" for the test's own) with
// stdin, and returns what it wrote and its exit code.
func runBinary(t *testing.T, bin, dir, stdin string, args ...string) (stdout []byte, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	c := exec.Command(bin, args...)
	c.Dir, c.Stdin, c.Stdout, c.Stderr = dir, strings.NewReader(stdin), &out, &errb
	err := c.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatalf("run %v: %v", args, err)
	}
	return out.Bytes(), errb.String(), code
}
