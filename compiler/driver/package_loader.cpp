// package_loader.cpp — see package_loader.h.
#include "driver/package_loader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <dirent.h>
#include <sys/stat.h>

#include "grammar/parser.h"

namespace gosub::driver {

bool readFile(const std::string& path, std::string& out, std::string& error) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

static bool endsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> goFilesIn(const std::string& dir) {
  std::vector<std::string> files;
  DIR* d = opendir(dir.c_str());
  if (!d) return files;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.empty() || name[0] == '.' || name[0] == '_') continue;  // ignored by go, too
    if (!endsWith(name, ".go") || endsWith(name, "_test.go")) continue;
    files.push_back(dir + "/" + name);
  }
  closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<ast::File*> PackageLoader::parseFiles(const std::vector<std::string>& paths, bool& ok) {
  ok = true;
  std::vector<ast::File*> files;
  for (const std::string& p : paths) {
    std::string text, err;
    if (!readFile(p, text, err)) {
      diags_.error({}, "open " + p + ": " + err);
      ok = false;
      continue;
    }
    int idx = sources_.addFile(p, std::move(text));
    ast::File* f = grammar::parseFile(sources_, idx, arena_, diags_);
    if (!f) ok = false;
    files.push_back(f);
  }
  return files;
}

types::Package* PackageLoader::import(const std::string& path, ast::Pos pos) {
  if (auto it = cache_.find(path); it != cache_.end()) return it->second;
  if (loading_.count(path)) {
    diags_.error(pos, "import cycle not allowed");
    return nullptr;
  }
  std::string dir = stdlibDir_ + "/" + path;
  std::vector<std::string> paths;
  // Import paths are clean relative paths: no "..", no absolute paths.
  bool clean = !path.empty() && path[0] != '/' && path.find("..") == std::string::npos && path.find("//") == std::string::npos;
  if (clean) paths = goFilesIn(dir);
  if (paths.empty()) {
    diags_.error(pos, "package " + path + " is not in std (" + dir + ")");
    cache_[path] = nullptr;
    return nullptr;
  }
  loading_.insert(path);
  bool ok;
  std::vector<ast::File*> files = parseFiles(paths, ok);
  types::Package* pkg = nullptr;
  if (ok) pkg = types::checkPackage(table_, diags_, *this, path, files, /*isStdlib=*/true);
  loading_.erase(path);
  cache_[path] = pkg;
  // Post-order: everything pkg imports was appended while checking it.
  if (pkg) ordered_.push_back(pkg);
  return pkg;
}

}  // namespace gosub::driver
