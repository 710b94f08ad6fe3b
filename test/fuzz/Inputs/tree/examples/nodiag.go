//fuzz:nodiag
package main
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
// padding so that nearly every cut keeps the first line
