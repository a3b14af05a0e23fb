package cmd

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// defaultInclude is the default --include: the files convert reads when
// it walks a folder. Files named on the command line are always read.
const defaultInclude = "*.txt,*.text,*.html,*.htm"

// inputFile is one file found by the walker.
type inputFile struct {
	path string // the path to read, as found: an argument, or one joined with names under it
	rel  string // the path mirrored under the output folder, before the extension changes
	err  error  // a file or folder that cannot be used; the error names it
}

// walker streams the files to convert under the INPUT arguments. It reads
// one folder listing at a time, so its memory is bounded by the largest
// folder, never by the number of files. It does not descend into hidden
// entries, symbolic links to folders (so link loops cannot hang it), or
// the output folder.
type walker struct {
	include []string    // lower-case shell patterns matched against base names
	skipDir fs.FileInfo // the output folder; nil for none
}

// newWalker checks the comma-separated patterns of --include.
func newWalker(include string, skipDir fs.FileInfo) (*walker, error) {
	w := &walker{skipDir: skipDir}
	for _, p := range strings.Split(include, ",") {
		p = strings.ToLower(strings.TrimSpace(p))
		if p == "" {
			continue
		}
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, usagef("bad --include pattern %q: %v", p, err)
		}
		w.include = append(w.include, p)
	}
	if len(w.include) == 0 {
		return nil, usagef("--include names no pattern")
	}
	return w, nil
}

// matches reports whether a file name found in a folder is to be read.
// Matching ignores case: *.txt matches STORY.TXT.
func (w *walker) matches(name string) bool {
	name = strings.ToLower(name)
	for _, p := range w.include {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// walk calls visit with each input file, in argument order and, inside a
// folder, in name order. It stops when visit returns false or ctx is done.
// Two inputs that would share an output path (a.txt and a.html) are
// reported as errors on the second, which is never written.
func (w *walker) walk(ctx context.Context, args []string, visit func(inputFile) bool) {
	outputs := map[string]string{} // top-level output names, to the argument that claimed them
	for _, arg := range args {
		if ctx.Err() != nil {
			return
		}
		fi, err := os.Stat(arg)
		if err != nil {
			if !visit(inputFile{path: arg, err: inputErr(arg, err)}) {
				return
			}
			continue
		}
		rel := mirrorName(arg)
		key := "dir:" + rel
		if !fi.IsDir() {
			key = "file:" + outputStem(rel)
		}
		if prev, ok := outputs[key]; ok {
			if !visit(inputFile{path: arg, err: fmt.Errorf("%s: same output as %s; not converted", arg, prev)}) {
				return
			}
			continue
		}
		outputs[key] = arg
		var more bool
		switch {
		case fi.IsDir():
			more = w.walkDir(ctx, arg, rel, visit)
		case fi.Mode().IsRegular():
			more = visit(inputFile{path: arg, rel: rel})
		default:
			more = visit(inputFile{path: arg, err: fmt.Errorf("%s: not a regular file", arg)})
		}
		if !more {
			return
		}
	}
}

// mirrorName is the name an argument gets under the output folder, as
// with cp -r: the folder news/2024 becomes DIR/2024. The root gets "".
func mirrorName(arg string) string {
	if abs, err := filepath.Abs(arg); err == nil {
		arg = abs
	}
	base := filepath.Base(arg)
	if base == string(filepath.Separator) || base == "." {
		return ""
	}
	return base
}

// outputStem is a file path without its extension: inputs with equal
// stems in one folder would write the same output.
func outputStem(rel string) string {
	return strings.TrimSuffix(rel, filepath.Ext(rel))
}

// walkDir visits the matching files of one folder, then its subfolders.
// It reports false when the walk is to stop.
func (w *walker) walkDir(ctx context.Context, dir, rel string, visit func(inputFile) bool) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return visit(inputFile{path: dir, err: inputErr(dir, err)})
	}
	var subdirs []string
	stems := map[string]string{}
	for _, e := range entries {
		if ctx.Err() != nil {
			return false
		}
		name := e.Name()
		path := filepath.Join(dir, name)
		if strings.HasPrefix(name, ".") {
			continue
		}
		in, isDir := w.entry(e, path)
		switch {
		case isDir:
			subdirs = append(subdirs, name)
			continue
		case in.path == "":
			continue
		}
		in.rel = filepath.Join(rel, name)
		if in.err == nil {
			stem := outputStem(name)
			if prev, ok := stems[stem]; ok {
				in.err = fmt.Errorf("%s: same output as %s; not converted", path, filepath.Join(dir, prev))
			} else {
				stems[stem] = name
			}
		}
		if !visit(in) {
			return false
		}
	}
	entries, stems = nil, nil
	for _, name := range subdirs {
		if !w.walkDir(ctx, filepath.Join(dir, name), filepath.Join(rel, name), visit) {
			return false
		}
	}
	return true
}

// entry classifies one folder entry: a subfolder to walk, a file to
// visit (in.path set, perhaps with an error), or nothing (in.path empty).
// A symbolic link to a file is read; a link to a folder is not followed;
// a broken or looping link that matches --include is an error.
func (w *walker) entry(e fs.DirEntry, path string) (in inputFile, isDir bool) {
	t := e.Type()
	if t.IsDir() {
		if w.skipDir != nil {
			if fi, err := e.Info(); err == nil && os.SameFile(fi, w.skipDir) {
				return inputFile{}, false
			}
		}
		return inputFile{}, true
	}
	if !w.matches(e.Name()) {
		return inputFile{}, false
	}
	if t&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		switch {
		case err != nil:
			return inputFile{path: path, err: inputErr(path, err)}, false
		case !fi.Mode().IsRegular():
			return inputFile{}, false
		}
		return inputFile{path: path}, false
	}
	if !t.IsRegular() {
		return inputFile{}, false
	}
	return inputFile{path: path}, false
}
