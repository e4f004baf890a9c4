// Prints the time expressions of an article file, resolved against its header date.
//   consumer ARTICLE.txt
#include <crisis/crisis.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer ARTICLE.txt\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    auto article = crisis::make_article(argv[1], buffer.str(), {}, std::size_t{1} << 26);
    if (!article) {
        std::cerr << argv[1] << ": " << article.error().message << '\n';
        return 1;
    }
    const auto seg = crisis::segment(article->text, article->body_begin);
    for (const auto& t : crisis::find_timexes(article->text, seg, article->date))
        std::cout << t.span.in(article->text) << '\t' << t.value << '\n';
    return 0;
}
