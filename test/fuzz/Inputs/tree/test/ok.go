package main

func main() {
}
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
