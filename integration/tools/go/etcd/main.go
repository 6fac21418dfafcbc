// Command etcd is the etcd server, built from its published module: etcd's own main package lives in a module
// (go.etcd.io/etcd/v3) whose go.mod replaces its sibling modules by folders, so `go install` cannot build it, while
// the server module's etcdmain is the same entry point.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
