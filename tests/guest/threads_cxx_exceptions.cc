// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * C++ exceptions in several threads at once: each thread throws and catches
 * many exceptions of different types through several frames (the unwinder
 * walks .eh_frame, runs destructors of every frame it leaves), rethrows,
 * nested try blocks, std::exception_ptr handed between threads, and an
 * exception escaping a std::thread's function caught by its own try in that
 * thread. Destructor counts and caught values are checked exactly.
 */
#include <atomic>
#include <cstdio>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

static std::atomic<long> constructed{0}, destroyed{0};

struct Guard {
	long id;
	explicit Guard(long i) : id(i) { constructed.fetch_add(1, std::memory_order_relaxed); }
	~Guard() { destroyed.fetch_add(1, std::memory_order_relaxed); }
};

struct Custom {
	int code;
	std::string where;
};

static int __attribute__((noinline)) level3(int i, int kind)
{
	Guard g(i);

	switch (kind) {
	case 0:
		throw std::runtime_error("runtime " + std::to_string(i));
	case 1:
		throw Custom{ i, "level3" };
	case 2:
		throw i;
	default:
		return i;
	}
}

static int __attribute__((noinline)) level2(int i, int kind)
{
	Guard a(i), b(i + 1);
	std::vector<Guard> v;

	v.reserve(3);
	for (int k = 0; k < 3; k++)
		v.emplace_back(k);
	return level3(i, kind) + 1;
}

static int __attribute__((noinline)) level1(int i, int kind)
{
	Guard g(i);

	try {
		return level2(i, kind);
	} catch (Custom &c) {
		c.where += "+level1";
		throw; /* rethrow the same object */
	}
}

struct Result {
	long runtime_caught = 0, custom_caught = 0, int_caught = 0, returned = 0;
	long value_sum = 0;
	bool where_ok = true;
};

static void worker(int id, int iters, Result *r)
{
	for (int i = 0; i < iters; i++) {
		int kind = (i + id) % 4;

		try {
			r->returned += level1(i, kind) == i + 1;
		} catch (const std::runtime_error &e) {
			r->runtime_caught++;
			r->value_sum += std::stoi(std::string(e.what()).substr(8));
		} catch (const Custom &c) {
			r->custom_caught++;
			r->value_sum += c.code;
			r->where_ok &= c.where == "level3+level1";
		} catch (int v) {
			r->int_caught++;
			r->value_sum += v;
		}
	}
}

int main()
{
	const int nthreads = 4, iters = 100;
	std::vector<Result> res(nthreads);
	std::vector<std::thread> ts;

	for (int t = 0; t < nthreads; t++)
		ts.emplace_back(worker, t, iters, &res[t]);
	for (auto &t : ts)
		t.join();

	long value_total = 0;
	bool ok = true;
	for (int t = 0; t < nthreads; t++) {
		const Result &r = res[t];
		long expect_sum = 0;
		for (int i = 0; i < iters; i++)
			if ((i + t) % 4 != 3)
				expect_sum += i;
		printf("thread %d: runtime %ld custom %ld int %ld returned %ld sum_ok %d where_ok %d\n", t,
		       r.runtime_caught, r.custom_caught, r.int_caught, r.returned,
		       r.value_sum == expect_sum, r.where_ok);
		ok &= r.runtime_caught + r.custom_caught + r.int_caught + r.returned == iters;
		ok &= r.value_sum == expect_sum && r.where_ok;
		value_total += r.value_sum;
	}
	printf("guards constructed %ld destroyed %ld\n", constructed.load(), destroyed.load());
	ok &= constructed.load() == destroyed.load();
	/* level1 1 + level2 2 + 3 in the vector + level3 1 per call */
	ok &= constructed.load() == 7L * nthreads * iters;

	/* exception_ptr made in one thread, rethrown in another */
	std::exception_ptr ep;
	std::thread producer([&ep] {
		try {
			level1(41, 1);
		} catch (...) {
			ep = std::current_exception();
		}
	});
	producer.join();
	std::string got;
	std::thread consumer([&ep, &got] {
		try {
			std::rethrow_exception(ep);
		} catch (const Custom &c) {
			got = c.where + " " + std::to_string(c.code);
		}
	});
	consumer.join();
	printf("exception_ptr across threads: %s\n", got.c_str());
	ok &= got == "level3+level1 41";

	/* nested: a handler that throws while another exception is active in the same thread */
	std::string nested;
	std::thread n([&nested] {
		try {
			try {
				throw std::logic_error("inner");
			} catch (const std::exception &e) {
				Guard g(0);
				throw std::runtime_error(std::string("outer after ") + e.what());
			}
		} catch (const std::exception &e) {
			nested = e.what();
		}
	});
	n.join();
	printf("nested: %s\n", nested.c_str());
	ok &= nested == "outer after inner";
	printf("%s\n", ok && constructed.load() == destroyed.load() ? "PASS" : "FAIL");
	return ok ? 0 : 1;
}
