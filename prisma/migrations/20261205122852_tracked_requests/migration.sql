-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('form', 'email', 'in_app', 'post');

-- CreateEnum
CREATE TYPE "RequestState" AS ENUM ('sent', 'answered', 'closed');

-- CreateEnum
CREATE TYPE "RequestOutcome" AS ENUM ('accepted', 'refused', 'asked_for_more');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "requestReminders" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TrackedRequest" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "guide" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "right" TEXT NOT NULL,
    "law" TEXT NOT NULL,
    "sentOn" DATE NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "reference" VARCHAR(64),
    "state" "RequestState" NOT NULL DEFAULT 'sent',
    "extended" BOOLEAN NOT NULL DEFAULT false,
    "dueOn" DATE,
    "answeredOn" DATE,
    "outcome" "RequestOutcome",
    "remindedDueAt" TIMESTAMP(3),
    "remindedLateAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TrackedRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrackedRequest_dueOn_idx" ON "TrackedRequest"("dueOn");

-- CreateIndex
CREATE UNIQUE INDEX "TrackedRequest_userId_guide_stepId_key" ON "TrackedRequest"("userId", "guide", "stepId");

-- AddForeignKey
ALTER TABLE "TrackedRequest" ADD CONSTRAINT "TrackedRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
